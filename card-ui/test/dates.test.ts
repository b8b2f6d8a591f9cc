import { describe, expect, it } from 'vitest';

import { readDate } from '../src/dates';
import { formatDate } from '../src/values';
import agreement from './date-agreement.json';

/** The card's half of the date agreement; the rules' ValueFormatsTest runs the same file. */
describe('the card reads a date where the server would', () => {
  it.each(agreement.cases)('$text', ({ text, date }) => {
    expect(readDate(text) !== undefined).toBe(date);
  });
});

describe('a DATE value as the card shows it', () => {
  it('keeps a year below 100 as it is, not in the 1900s', () => {
    expect(readDate('0024-05-01')).toEqual({ year: 24, month: 5, day: 1 });
    expect(formatDate('0024-05-01', 'en-US')).toBe('May 1, 24');
    expect(formatDate('0001-01-01', 'en-US')).toBe('Jan 1, 1');
  });

  it('shows a day that is not in the calendar as sent, not as the day it rolls over to', () => {
    expect(formatDate('2027-02-30', 'en-US')).toBe('2027-02-30');
    expect(formatDate('2027-13-01', 'en-US')).toBe('2027-13-01');
    expect(formatDate('0000-01-01', 'en-US')).toBe('0000-01-01');
  });

  it('shows a calendar day in the user’s locale', () => {
    expect(formatDate('2028-02-29', 'en-US')).toBe('Feb 29, 2028');
    expect(formatDate('9999-12-31', 'de-DE')).toBe('31.12.9999');
  });
});
