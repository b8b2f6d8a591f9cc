/**
 * An input's `pattern` is a Java regular expression (API.md §10). JavaScript reads most of one
 * alike; the processor refuses the parts it reads otherwise (the rules' `FormInputs.javaOnlyPart`).
 * What is left that the two read differently is written out here as Java means it, so that the
 * card and the server accept the same values:
 *
 * - `\s` is `[ \t\n\x0B\f\r]` in Java; JavaScript adds NBSP, the Unicode spaces and BOM.
 * - `.` leaves out NEL (U+0085) in Java, besides the line terminators both leave out.
 * - A `]` first in a class (`[]a]`, `[^]a]`) is the character `]` in Java, an empty class in
 *   JavaScript.
 */

/** Java's whitespace, as members of a class. */
const JAVA_SPACE = '\\t\\n\\x0B\\f\\r ';

/** Everything but Java's whitespace, as members of a class, for the `u` flag or without it. */
function notJavaSpace(unicode: boolean): string {
  return `\\0-\\x08\\x0E-\\x1F!-${unicode ? '\\u{10FFFF}' : '\\uFFFF'}`;
}

/** Java's `.` without DOTALL: anything but \n, \r, NEL and the two Unicode line terminators. */
const JAVA_DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';

/**
 * `pattern` as JavaScript source with Java's meaning, for a RegExp with the `u` flag or without.
 * Escapes other than `\s` and `\S` are kept as written.
 */
export function asJavaReadsIt(pattern: string, unicode: boolean): string {
  let out = '';
  let inClass = false;
  let classStart = -1; // where the open class's members begin
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1];
      i++;
      if (next === 's') {
        out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
      } else if (next === 'S') {
        out += inClass ? notJavaSpace(unicode) : `[^${JAVA_SPACE}]`;
      } else {
        out += c + next;
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
    } else {
      out += c === '.' ? JAVA_DOT : c;
    }
  }
  return out;
}
