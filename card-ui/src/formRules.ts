import { readDate } from './dates';
import type { FormInput, FormValues } from './formTypes';
import { asJavaReadsIt } from './javaPattern';
import { compareDecimals, isWhole, jsonText, readDecimal, type Decimal } from './numberText';
import { keyed, ownValue } from './ownValues';
import type { FieldErrors } from './requests';
import { FORM_MESSAGES, MAX_DECIMAL_SCALE, MAX_SAFE_INTEGER, MAX_TEXT_LENGTH, type FormMessage } from './vocabulary';

/** A broken rule's name, as the rules name it (FormInputs.MESSAGES). */
export type FormRule = FormMessage['rule'];

/**
 * What is wrong with each value of a form, by member name; empty when the form may be sent.
 * The rules and their order are the server's (its generated parser, from the same `@Input`
 * declaration), so both say the same words for the same value. `values` are JSON values: what
 * the card is about to send, or any body at all, a number in it kept as its text (NumberText)
 * where a JavaScript number would not hold its digits.
 */
export function checkForm(inputs: readonly FormInput[], values: FormValues): FieldErrors {
  const errors: [string, string][] = [];
  for (const input of inputs) {
    const broken = checkValue(input, ownValue(values, input.name));
    if (broken) {
      errors.push([input.name, message(broken, input)]);
    }
  }
  return keyed(errors);
}

/** The first rule one value breaks, if any. */
export function checkValue(input: FormInput, value: unknown): FormRule | undefined {
  // Absent, null and "" are no value, whatever the input's type (API.md §10).
  if (value === undefined || value === null || value === '') {
    return input.required ? 'MISSING' : undefined;
  }
  switch (input.type) {
    case 'TEXT':
      return checkText(input, value);
    case 'INTEGER':
    case 'DECIMAL':
      return checkNumber(input, value);
    case 'BOOLEAN':
      return typeof value === 'boolean' ? undefined : 'NOT_BOOLEAN';
    case 'DATE':
      return typeof value === 'string' && isDate(value) ? undefined : 'NOT_DATE';
    case 'SELECT':
      return isOption(input, value) ? undefined : 'NOT_OPTION';
    case 'MULTI_SELECT':
      if (!Array.isArray(value)) {
        return 'NOT_LIST';
      }
      if (!value.every((item) => isOption(input, item))) {
        return 'NOT_OPTION';
      }
      return input.required && value.length === 0 ? 'MISSING' : undefined;
    default: {
      const unknownType: never = input.type;
      return unknownType;
    }
  }
}

function checkText(input: FormInput, value: unknown): FormRule | undefined {
  if (typeof value !== 'string') {
    return 'NOT_TEXT';
  }
  if (value.length > lengthOf(input)) {
    return 'TOO_LONG';
  }
  const pattern = input.pattern === undefined ? undefined : wholeMatch(input.pattern);
  return pattern && !pattern.test(value) ? 'NO_MATCH' : undefined;
}

/** The most UTF-16 units a text takes: its maxLength, or the longest form text, as on the server. */
export function lengthOf(input: FormInput): number {
  return input.maxLength ?? MAX_TEXT_LENGTH;
}

/**
 * A number is judged by its JSON text read exactly, as the server reads it, not by the double
 * `Number()` rounds it to: `3.0000000000000001` is no whole number, `2.00000000000000001` is
 * above a max of 2, and `1e-400` (0 as a double) is no number at all.
 */
function checkNumber(input: FormInput, value: unknown): FormRule | undefined {
  const number = numberIn(value);
  if (number === undefined) {
    return 'NOT_NUMBER';
  }
  if (input.type === 'INTEGER' && !isWhole(number)) {
    return 'NOT_WHOLE_NUMBER';
  }
  // A whole number beyond its type is still one: it is told the limit it passed (limitsOf).
  const { min, max } = limitsOf(input);
  const least = limit(min);
  if (least && compareDecimals(number, least) < 0) {
    return 'TOO_SMALL';
  }
  const most = limit(max);
  if (most && compareDecimals(number, most) > 0) {
    return 'TOO_LARGE';
  }
  return undefined;
}

/**
 * A limit as the exact decimal its shortest text is, as the server reads the view's limit; none for
 * no limit, or one that is no finite number (which the processor never writes).
 */
function limit(value: number | undefined): Decimal | undefined {
  return value !== undefined && Number.isFinite(value) ? readDecimal(JSON.stringify(value)) : undefined;
}

/**
 * The exact number a value is; none for a value that is no JSON number, or a number no card sends:
 * beyond a double (which the card holds as Infinity) or with more digits after the point than
 * MAX_DECIMAL_SCALE.
 */
function numberIn(value: unknown): Decimal | undefined {
  const text = jsonText(value);
  const number = text === undefined ? undefined : readDecimal(text);
  return number && number.scale <= MAX_DECIMAL_SCALE && Number.isFinite(Number(text)) ? number : undefined;
}

/**
 * The limits a number is held to and its messages name: the declared ones, and for an INTEGER
 * without one (or with one beyond its type) the type's own, as the server's reader has them.
 */
function limitsOf(input: FormInput): { min?: number; max?: number } {
  if (input.type !== 'INTEGER') {
    return { min: input.min, max: input.max };
  }
  const largest = input.largest ?? MAX_SAFE_INTEGER;
  // A limit that is no finite number (a view written by hand) leaves the type's own, as none does.
  return {
    min: input.min === undefined || !Number.isFinite(input.min) || input.min < -largest ? -largest : input.min,
    max: input.max === undefined || !Number.isFinite(input.max) || input.max > largest ? largest : input.max,
  };
}

function isOption(input: FormInput, value: unknown): boolean {
  return typeof value === 'string' && (input.options ?? []).some((option) => option.value === value);
}

/** `yyyy-mm-dd` naming a day of the calendar (no 30 February), as the server reads it. */
export function isDate(text: string): boolean {
  return readDate(text) !== undefined;
}

const patterns = new Map<string, RegExp | null>();

/**
 * The pattern anchored at both ends, as Java's `matches()` applies it; with the `u` flag where it
 * compiles, so that `.` and classes see code points as Java does. Null when JavaScript cannot
 * read it as Java does: the server still checks it.
 */
function wholeMatch(pattern: string): RegExp | null {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    const source = (unicode: boolean) => `^(?:${asJavaReadsIt(pattern, unicode)})$`;
    // Without `u`, `\p{L}` is the letter p and the text "{L}": a property class means the same
    // only in `u` mode, so such a pattern is read there or not at all (the processor passes only
    // the spellings `u` mode takes, the rules' PatternProperties).
    compiled = compile(source(true), 'u') ?? (/\\[pP]/.test(pattern) ? null : compile(source(false), ''));
    patterns.set(pattern, compiled);
  }
  return compiled;
}

function compile(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** The rule's message, its `{min}`, `{max}` or `{maxLength}` filled from the input. */
export function message(rule: FormRule, input: FormInput): string {
  return ruleText(rule, { ...input, ...limitsOf(input), maxLength: lengthOf(input) });
}

/** The rule's message, its placeholders filled from `limits`: also for inputs outside forms. */
export function ruleText(rule: FormRule, limits: Record<string, unknown>): string {
  const text = FORM_MESSAGES.find((m) => m.rule === rule)?.text ?? rule;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const limit = limits[name];
    return typeof limit === 'number' ? plainNumber(limit) : placeholder;
  });
}

/**
 * A limit as the server's message prints it (the rules' `PlainNumbers`): its shortest digits
 * and never an exponent, so `1e-7` is `0.0000001` and `1e21` is written out, as Java's
 * `toPlainString` writes them.
 */
export function plainNumber(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) {
    return text;
  }
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const point = mantissa.indexOf('.');
  const whole = point < 0 ? mantissa : mantissa.slice(0, point);
  const digits = whole + (point < 0 ? '' : mantissa.slice(point + 1));
  const pointAt = whole.length + Number(text.slice(e + 1));
  const plain =
    pointAt <= 0
      ? '0.' + '0'.repeat(-pointAt) + digits
      : pointAt >= digits.length
        ? digits + '0'.repeat(pointAt - digits.length)
        : digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (negative ? '-' : '') + plain;
}
