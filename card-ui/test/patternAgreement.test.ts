import { describe, expect, it } from 'vitest';

import { checkValue } from '../src/formRules';
import agreement from './pattern-agreement.json';

/**
 * The card's half of the pattern agreement; the rules' PatternAgreementTest runs the same file.
 * What the processor passes, and the spelling it names for what it refuses, the card checks as
 * Java does; what it refuses, the card could not check at all.
 */
const verdicts = (pattern: string, texts: string[]) =>
  texts.map((text) => checkValue({ name: 't', label: 'T', type: 'TEXT', required: false, pattern }, text));

describe('the card checks a pattern’s property classes as the server does', () => {
  const alike = agreement.cases.flatMap((c) => [
    ...(c.alike ? [{ ...c, runs: c.pattern }] : []),
    ...('write' in c && c.write ? [{ ...c, runs: c.write }] : []),
  ]);

  it.each(alike)('$runs', ({ runs, matches, misses }) => {
    expect(verdicts(runs, matches)).toEqual(matches.map(() => undefined));
    expect(verdicts(runs, misses)).toEqual(misses.map(() => 'NO_MATCH'));
  });

  it.each(agreement.cases.filter((c) => !c.alike))('$pattern is refused: the card would let a miss through', ({ pattern, misses }) => {
    expect(verdicts(pattern, misses)).toContain(undefined);
  });
});
