import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import { coverageText, shownFunctionCoverage, shownTeamCoverage } from '../../../shared/engine/shownCoverage.js';
import { translator } from '../../../shared/i18n/translator.js';
import { fn, person, plan } from './fixtures.js';

const nl = translator('nl');
const en = translator('en');

describe('the coverage a person reads', () => {
  it('says nothing is asked, not 100%, for a new team without functions', () => {
    const report = computeCoverage(plan({ functions: [], professionals: [] }));
    const shown = shownTeamCoverage(report);
    expect(shown).toEqual({ kind: 'nothingAsked' });
    expect(nl.render(coverageText(shown))).toBe('Nog niets gevraagd');
    expect(en.render(coverageText(shown))).toBe('Nothing asked yet');
  });

  it('says nothing is asked for a team whose functions have no requirements, and for each such function', () => {
    const report = computeCoverage(
      plan({ functions: [fn('f')], professionals: [person('a', { empathy: 3 })], assignments: [['a', 'f', 8]] }),
    );
    expect(shownTeamCoverage(report).kind).toBe('nothingAsked');
    expect(shownFunctionCoverage(report.functions[0]!).kind).toBe('nothingAsked');
  });

  it('gives the share as a whole percentage as soon as something is asked, also 0% and 100%', () => {
    const none = computeCoverage(plan({ functions: [fn('f', [['empathy', 2]])], professionals: [] }));
    expect(nl.render(coverageText(shownTeamCoverage(none)))).toBe('0%');
    const all = computeCoverage(
      plan({
        functions: [fn('f', [['empathy', 2]]), fn('g', [['daring', 3]])],
        professionals: [person('a', { empathy: 3 })],
        assignments: [['a', 'f', 8]],
      }),
    );
    expect(nl.render(coverageText(shownFunctionCoverage(all.functions[0]!)))).toBe('100%');
    expect(nl.render(coverageText(shownTeamCoverage(all)))).toBe('50%');
  });

  it('does not count shell functions as asked of the team', () => {
    const report = computeCoverage(
      plan({ functions: [fn('s', [['empathy', 2]], { placement: 'shell' })], professionals: [] }),
    );
    expect(shownTeamCoverage(report).kind).toBe('nothingAsked');
  });
});
