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

  it('escapes a ] that opens a class, which Java takes as a member', () => {
    expect(asJavaReadsIt('[]a]', true)).toBe('[\\]a]');
    expect(asJavaReadsIt('[^]a]', true)).toBe('[^\\]a]');
    expect(asJavaReadsIt('[a]]', true)).toBe('[a]]');
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
