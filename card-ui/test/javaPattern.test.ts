import { describe, expect, it } from 'vitest';

import { asJavaReadsIt } from '../src/javaPattern';

const whole = (pattern: string, unicode: boolean) =>
  new RegExp(`^(?:${asJavaReadsIt(pattern, unicode)})$`, unicode ? 'u' : '');

describe('asJavaReadsIt', () => {
  it('writes \\s, \\S and . out as Java reads them, in classes and outside', () => {
    expect(asJavaReadsIt('a\\sb', true)).toBe('a[\\t\\n\\x0B\\f\\r ]b');
    expect(asJavaReadsIt('\\S+', true)).toBe('[^\\t\\n\\x0B\\f\\r ]+');
    expect(asJavaReadsIt('[\\s,]', true)).toBe('[\\t\\n\\x0B\\f\\r ,]');
    expect(asJavaReadsIt('[^\\S\\n]', true)).toBe('[^\\0-\\x08\\x0E-\\x1F!-\\u{10FFFF}\\n]');
    expect(asJavaReadsIt('[^\\S\\n]', false)).toBe('[^\\0-\\x08\\x0E-\\x1F!-\\uFFFF\\n]');
    expect(asJavaReadsIt('a.b', true)).toBe('a[^\\n\\r\\u0085\\u2028\\u2029]b');
  });

  it('leaves escaped characters, a . in a class and every other escape as written', () => {
    expect(asJavaReadsIt('\\\\s\\.[.]\\d\\w\\p{L}', true)).toBe('\\\\s\\.[.]\\d\\w\\p{L}');
  });

  it('keeps a - after a class escape a character, as Java reads it, and a range after a character', () => {
    expect(asJavaReadsIt('[\\s-x]', true)).toBe('[\\t\\n\\x0B\\f\\r \\-x]');
    expect(asJavaReadsIt('[\\d-x\\p{L}-]', true)).toBe('[\\d\\-x\\p{L}\\-]');
    expect(asJavaReadsIt('[\\x41-\\x5A]', true)).toBe('[\\x41-\\x5A]');
    expect(whole('[\\s-x]+', true).test('a')).toBe(false);
    expect(whole('[\\s-x]+', true).test(' -x')).toBe(true);
  });

  it('writes $ as Java’s end, which may stand before a final line terminator', () => {
    expect(whole('ok$\\n?', true).test('ok\n')).toBe(true);
    expect(whole('ok$\\n?', true).test('ok')).toBe(true);
    expect(whole('ok$.', true).test('ok.')).toBe(false);
  });

  it('writes what Java reads as a plain character in a form the u flag takes', () => {
    expect(asJavaReadsIt('\\@\\-\\ a]b}', true)).toBe('\\x40\\x2d\\x20a\\]b\\}');
    expect(asJavaReadsIt('a{2,3}\\{', true)).toBe('a{2,3}\\{');
    expect(asJavaReadsIt('[\\-\\@]', true)).toBe('[\\-\\x40]');
    expect(asJavaReadsIt('\\\u{1F600}', true)).toBe('\u{1F600}');
    expect(whole('\\@.', true).test('@\u{1F600}')).toBe(true);
  });

  it('escapes a ] that opens a class, which Java takes as a member', () => {
    expect(asJavaReadsIt('[]a]', true)).toBe('[\\]a]');
    expect(asJavaReadsIt('[^]a]', true)).toBe('[^\\]a]');
    expect(asJavaReadsIt('[a]]', true)).toBe('[a]\\]');
  });

  it('gives the same answers with and without the u flag', () => {
    for (const unicode of [true, false]) {
      const indent = whole('[^\\S\\n]*', unicode);
      expect(indent.test(' \t\u000B')).toBe(true);
      expect(indent.test('\u00A0')).toBe(false);
      expect(indent.test('\n')).toBe(false);
      expect(whole('\\S+', unicode).test('a\u2003b\uFEFF')).toBe(true);
      expect(whole('.', unicode).test('\u0085')).toBe(false);
    }
  });
});
