import { readDate, utcMidnight } from './dates';
import { isStatusType, type StatusType } from './vocabulary';

/**
 * How each legacy-card data type reads, in the user's locale. Values arrive as strings or
 * numbers; one that does not parse is shown as sent rather than hidden.
 */

/** CURRENCY: with the currency's symbol when a code is given, as a plain number otherwise. */
export function formatCurrency(value: string | number, locale: string, currencyCode?: string): string {
  const exact = exactly(value);
  if (exact === undefined) {
    return String(value);
  }
  if (currencyCode) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode }).format(exact.amount);
    } catch {
      return `${withItsDigits(exact, locale)} ${currencyCode}`;
    }
  }
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(exact.amount);
}

const DECIMAL_TEXT = /^-?\d+(?:\.(\d+))?$/;

/**
 * NUMERIC, with the digits the server sent: `467.70` keeps its two decimals, and a number beyond
 * what a JavaScript number holds exactly (a `long` id, a large BigDecimal) keeps every digit.
 */
export function formatNumber(value: string | number, locale: string): string {
  const exact = exactly(value);
  return exact === undefined ? String(value) : withItsDigits(exact, locale);
}

/** A number as Intl formats it, and how many fraction digits it was sent with. */
interface Exact {
  amount: number;
  fractionDigits: number;
}

function withItsDigits({ amount, fractionDigits }: Exact, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: 20 }).format(
    amount,
  );
}

/**
 * What Intl formats for a value: a plain decimal's own text, which it formats digit for digit
 * (through a double, 12345678901234567.89 would read 12345678901234568), any other finite
 * number as it is; none for a value that is no number.
 */
function exactly(value: string | number): Exact | undefined {
  const text = String(value).trim();
  const decimal = DECIMAL_TEXT.exec(text);
  if (decimal) {
    // Intl.NumberFormat takes a decimal string as it is (ES2023); the ES2020 types name numbers only.
    return { amount: text as unknown as number, fractionDigits: Math.min(decimal[1]?.length ?? 0, 20) };
  }
  const number = Number(value);
  if (!Number.isFinite(number) || text === '') {
    return undefined;
  }
  return { amount: number, fractionDigits: Math.min(DECIMAL_TEXT.exec(String(number))?.[1]?.length ?? 0, 20) };
}

/** DATE: `yyyy-mm-dd`, a calendar day (no time zone applies); one the rules refuse, as sent. */
export function formatDate(value: string | number, locale: string): string {
  const day = readDate(String(value));
  if (!day) {
    return String(value);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcMidnight(day));
}

/** DATETIME: milliseconds since the epoch, shown in the account's time zone. */
export function formatDateTime(value: string | number, locale: string, timeZone?: string): string {
  const millis = Number(value);
  if (!Number.isFinite(millis) || String(value).trim() === '') {
    return String(value);
  }
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(millis));
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(new Date(millis));
  }
}

/** The colours of STATUS values, as HubSpot's status tag names them. */
export type StatusVariant = 'default' | 'success' | 'warning' | 'danger' | 'info';

/** Each status type's tag colour: every type of the vocabulary has one, and only those. */
const VARIANTS: Record<StatusType, StatusVariant> = {
  DEFAULT: 'default',
  SUCCESS: 'success',
  WARNING: 'warning',
  DANGER: 'danger',
  INFO: 'info',
};

/**
 * The tag colour of a status type spelled as the rules spell it; `default` for none or another
 * (`check` rejects "success" as it rejects "PURPLE", so the card colours neither).
 */
export function statusVariant(type: unknown): StatusVariant {
  return isStatusType(type) ? VARIANTS[type] : 'default';
}
