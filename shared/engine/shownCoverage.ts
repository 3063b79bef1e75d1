import { type Message, message } from '../i18n/message.js';

/**
 * A coverage figure as a person reads it. A team or function that asks nothing (no
 * competency requirement, no vakkennis of its members) has no share to show: the engine
 * keeps its number at 1 (the JSON reports and Stel samen's output promise a number), but
 * "100%" would tell a team leader that everything is covered when nothing is asked yet.
 * The board, HR and its Excel file, Gebied, the print, the scenario comparison, Stel samen
 * and `npm run report` all ask this rule and word it with `coverageText`.
 */
export type ShownCoverage = { readonly kind: 'asked'; readonly share: number } | { readonly kind: 'nothingAsked' };

const NOTHING_ASKED: ShownCoverage = { kind: 'nothingAsked' };

/** A share of `asked` requirements; nothing asked when there are none. */
function shownCoverage(share: number, asked: number): ShownCoverage {
  return asked === 0 ? NOTHING_ASKED : { kind: 'asked', share };
}

/** A team's coverage (the engine's report, HR's row, Gebied's team). */
export function shownTeamCoverage(team: {
  readonly teamCoverage: number;
  readonly requirementsTotal: number;
}): ShownCoverage {
  return shownCoverage(team.teamCoverage, team.requirementsTotal);
}

/** One function's coverage; a shell function is worded "in de schil" by its screen before it asks this. */
export function shownFunctionCoverage(fn: {
  readonly coverage: number;
  readonly requirements: readonly unknown[];
}): ShownCoverage {
  return shownCoverage(fn.coverage, fn.requirements.length);
}

/** A share 0..1 as a whole percentage (0.666 → 67). */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/** The figure in words: "67%", or "Nog niets gevraagd". */
export function coverageText(shown: ShownCoverage): Message {
  return shown.kind === 'asked'
    ? message('coverage.percent', { percent: wholePercent(shown.share) })
    : message('coverage.nothingAsked');
}
