/**
 * Numbers read from their JSON text exactly, as the server's reader reads them (Java's
 * BigDecimal), not through a double: `2.00000000000000001` is above 2 and `3.0000000000000001` is
 * not whole, though `Number()` reads 2 and 3.
 */
export interface Decimal {
  negative: boolean;
  /** The significant digits, without leading or trailing zeros; '' for zero. */
  digits: string;
  /** The power of ten of the last of `digits`. */
  exponent: number;
  /** The digits after the point as written, the exponent counted (BigDecimal's scale): `1.50` has 2. */
  scale: number;
}

/** RFC 8259's number: no leading zeros (`01`), no `+`, digits on both sides of a point. */
const JSON_NUMBER = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** The exponents Java's BigDecimal reads: a 32-bit int's. */
const INT_EXPONENT = 2 ** 31;

/**
 * A JSON number's text read exactly; undefined for any other text, and for an exponent beyond an
 * int's, which BigDecimal does not read (not even of `0e2147483648`).
 */
export function readDecimal(text: string): Decimal | undefined {
  const parts = JSON_NUMBER.exec(text);
  if (!parts) {
    return undefined;
  }
  const [, sign, whole, fraction = '', written = '0'] = parts;
  const power = Number(written);
  if (power >= INT_EXPONENT || power < -INT_EXPONENT) {
    return undefined;
  }
  const scale = fraction.length - power;
  const all = (whole + fraction).replace(/^0+/, '');
  const digits = all.replace(/0+$/, '');
  return { negative: sign === '-', digits, exponent: all.length - digits.length - scale, scale };
}

/**
 * A body's number kept as its JSON text, for a body the card did not write itself, whose digits a
 * JavaScript number might not hold: the agreement tests judge the server's cases so. The card's own
 * values are JavaScript numbers (HubSpot's NumberInput gives one), whose shortest text is judged.
 */
export interface NumberText {
  numberText: string;
}

function isNumberText(value: unknown): value is NumberText {
  return typeof value === 'object' && value !== null && typeof (value as NumberText).numberText === 'string';
}

/**
 * The JSON text of a number value: a JavaScript number as JSON.stringify writes it into the body
 * (`null` for Infinity and NaN), a NumberText as it is; undefined for any other value.
 */
export function jsonText(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return JSON.stringify(value);
  }
  return isNumberText(value) ? value.numberText : undefined;
}

/** Whether the number has no fraction. */
export function isWhole(number: Decimal): boolean {
  return number.exponent >= 0 || number.digits === '';
}

/** Below zero, zero or above it: -1, 0 or 1. */
function signOf(number: Decimal): number {
  if (number.digits === '') {
    return 0;
  }
  return number.negative ? -1 : 1;
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`, digit by digit. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const sign = signOf(a);
  if (sign !== signOf(b)) {
    return Math.sign(sign - signOf(b));
  }
  return sign * compareMagnitudes(a, b);
}

function compareMagnitudes(a: Decimal, b: Decimal): number {
  // The power of ten of the first digit decides, unless it is the same: then the digits do.
  const firstA = a.exponent + a.digits.length;
  const firstB = b.exponent + b.digits.length;
  if (firstA !== firstB) {
    return Math.sign(firstA - firstB);
  }
  const length = Math.max(a.digits.length, b.digits.length);
  const digitsA = a.digits.padEnd(length, '0');
  const digitsB = b.digits.padEnd(length, '0');
  return digitsA === digitsB ? 0 : digitsA < digitsB ? -1 : 1;
}
