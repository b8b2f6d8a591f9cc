/**
 * An input's `pattern` is a Java regular expression (API.md §10). JavaScript reads most of one
 * alike; the processor refuses the parts it reads otherwise (the rules' `FormInputs.javaOnlyPart`).
 * What is left that the two read differently is written out here as Java means it, so that the
 * card and the server accept the same values:
 *
 * - `\s` is `[ \t\n\x0B\f\r]` in Java; JavaScript adds NBSP, the Unicode spaces and BOM.
 * - `.` leaves out NEL (U+0085) in Java, besides the line terminators both leave out.
 * - `$` also matches before a line terminator that ends the text in Java.
 * - A `-` after a class escape (`[\s-x]`) is the character `-` in Java, a range in JavaScript.
 * - A `]` first in a class (`[]a]`, `[^]a]`) is the character `]` in Java, an empty class in
 *   JavaScript.
 *
 * It also writes what Java reads as a character in a form the `u` flag accepts (`\@`, a lone `]`
 * or `}`), so that such a pattern, too, is read by code point as Java reads it.
 */

/** Java's whitespace, as members of a class. */
const JAVA_SPACE = '\\t\\n\\x0B\\f\\r ';

/** Everything but Java's whitespace, as members of a class, for the `u` flag or without it. */
function notJavaSpace(unicode: boolean): string {
  return `\\0-\\x08\\x0E-\\x1F!-${unicode ? '\\u{10FFFF}' : '\\uFFFF'}`;
}

/** Java's `.` without DOTALL: anything but \n, \r, NEL and the two Unicode line terminators. */
const JAVA_DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';

/** Java's `$` without MULTILINE: the end, or before a line terminator that ends the text. */
const JAVA_END = '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)';

/** The escapes of a class of characters, after which a `-` is the character `-` in Java. */
const CLASS_ESCAPES = 'dDwWsSpP';

/** Characters the `u` flag lets a backslash escape as themselves (`-` in a class too). */
const U_IDENTITY_ESCAPES = '^$\\.*+?()[]{}|/';

/** One UTF-16 unit as an escape both modes read: `\xHH` or `\uHHHH`. */
function hexEscape(unit: string): string {
  const code = unit.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `pattern` as JavaScript source with Java's meaning, for a RegExp with the `u` flag or without.
 * Other escapes are kept as written.
 */
export function asJavaReadsIt(pattern: string, unicode: boolean): string {
  let out = '';
  let inClass = false;
  let inQuantifier = false;
  let classStart = -1; // where the open class's members begin
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i];
      if (next === 's') {
        out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
      } else if (next === 'S') {
        out += inClass ? notJavaSpace(unicode) : `[^${JAVA_SPACE}]`;
      } else if ((next === 'p' || next === 'P') && pattern[i + 1] === '{') {
        const end = pattern.indexOf('}', i);
        const last = end < 0 ? pattern.length - 1 : end;
        out += c + pattern.slice(i, last + 1);
        i = last;
      } else if (/[\uD800-\uDBFF]/.test(next) && /[\uDC00-\uDFFF]/.test(pattern[i + 1] ?? '')) {
        out += next + pattern[++i]; // an escaped astral character: the character itself
      } else if (/[A-Za-z0-9]/.test(next) || U_IDENTITY_ESCAPES.includes(next) || (inClass && next === '-')) {
        out += c + next;
      } else {
        out += hexEscape(next); // Java reads a backslash before any other character as that character
      }
      if (inClass && CLASS_ESCAPES.includes(next) && pattern[i + 1] === '-') {
        out += '\\-';
        i++;
      }
    } else if (inClass) {
      if (c === ']' && i === classStart) {
        out += '\\]';
      } else {
        out += c;
        inClass = c !== ']';
      }
    } else if (c === '[') {
      inClass = true;
      classStart = pattern[i + 1] === '^' ? i + 2 : i + 1;
      out += c;
    } else if (c === '{') {
      inQuantifier = true; // Java reads every { outside a class as a quantifier's
      out += c;
    } else if (c === '}') {
      out += inQuantifier ? c : '\\}';
      inQuantifier = false;
    } else if (c === ']') {
      out += '\\]';
    } else if (c === '.') {
      out += JAVA_DOT;
    } else if (c === '$') {
      out += JAVA_END;
    } else {
      out += c;
    }
  }
  return out;
}
