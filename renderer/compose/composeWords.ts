import type { ComposeOutcome, ComposeStage } from '../../shared/api/composeSchemas.js';
import { provenTiersWords, stoppedTierWords } from '../../shared/compose/tierWords.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { message, type Message } from '../../shared/i18n/message.js';

/** The stage of a running solve, in words a team leader understands. */
const STAGE_KEY = {
  preparing: 'composeUi.stage.preparing',
  coverage: 'composeUi.stage.coverage',
  unfilledHours: 'composeUi.stage.unfilledHours',
  objective: 'composeUi.stage.objective.people',
  assignments: 'composeUi.stage.assignments',
  hoursPolish: 'composeUi.stage.hoursPolish',
  diagnosis: 'composeUi.stage.diagnosis',
} as const satisfies Record<ComposeStage, MessageKey>;

/** The goal tier in the words of the goal the user chose. */
export function stageKey(stage: ComposeStage, objective: 'people' | 'contractHours'): MessageKey {
  if (stage === 'objective' && objective === 'contractHours') return 'composeUi.stage.objective.contractHours';
  return STAGE_KEY[stage];
}

/**
 * The solver's status, honestly: proven optimal; good but unproven (with the gap when
 * the solver knows it); out of time with nothing found; or impossible by a limit. An
 * unproven answer the user asked for ("Nu afronden") says so, instead of blaming the clock.
 */
export function statusMessage(result: ComposeOutcome): Message {
  switch (result.status) {
    case 'optimal':
      return message('composeUi.status.optimal');
    case 'feasible':
      return feasibleMessage(result);
    case 'timeLimit':
      return message(result.wrappedUp ? 'composeUi.status.wrappedUpNothing' : 'composeUi.status.timeLimit');
    case 'infeasible':
      return result.infeasibleLimits.length === 0
        ? message('composeUi.status.infeasible')
        : message(result.infeasibleTogether ? 'composeUi.status.infeasibleTogether' : 'composeUi.status.infeasibleBy', {
            limits: joinMessages(result.infeasibleLimits),
          });
  }
}

/**
 * Good but unproven: names the tier where time ran out and its gap, and what was proven
 * before it, so "34%" is read as the number of assignments that might still shrink, not
 * as the team's quality when the coverage and the number of people are proven optimal.
 */
function feasibleMessage(result: ComposeOutcome): Message {
  const percent = result.gap !== null && Number.isFinite(result.gap) ? Math.max(1, Math.ceil(result.gap * 100)) : null;
  const tier = stoppedTierWords(result.stoppedAt, result.objective.name);
  const words = result.wrappedUp ? WRAPPED_UP : OUT_OF_TIME;
  if (tier === null) return percent === null ? message(words.unproven) : message(words.gap, { percent });
  const status = percent === null ? message(words.atNoGap, { tier }) : message(words.at, { tier, percent });
  const tiers = provenTiersWords(result.stoppedAt, result.objective.name);
  return tiers === null
    ? status
    : message('composeUi.status.withProven', { status, proven: message('compose.provenBefore', { tiers }) });
}

/** Why an answer is unproven: the time limit came, or the user finished early. */
const OUT_OF_TIME = {
  unproven: 'composeUi.status.feasible',
  gap: 'composeUi.status.feasibleGap',
  at: 'composeUi.status.feasibleAt',
  atNoGap: 'composeUi.status.feasibleAtNoGap',
} as const satisfies Record<string, MessageKey>;
const WRAPPED_UP = {
  unproven: 'composeUi.status.wrappedUp',
  gap: 'composeUi.status.wrappedUpGap',
  at: 'composeUi.status.wrappedUpAt',
  atNoGap: 'composeUi.status.wrappedUpAtNoGap',
} as const satisfies Record<keyof typeof OUT_OF_TIME, MessageKey>;

/**
 * While the fewest assignments are searched, every tier before is proven: the dialog says
 * which, so a team leader knows that finishing now costs nothing on them.
 */
export function stageHint(stage: ComposeStage, objective: 'people' | 'contractHours'): Message | null {
  if (stage !== 'assignments') return null;
  const tiers = provenTiersWords(stage, objective);
  return tiers === null ? null : message('composeUi.stage.assignmentsHint', { tiers });
}

/** Several limits in one sentence: rendered each, joined by the catalogue's separator. */
function joinMessages(items: readonly Message[]): Message {
  return items
    .slice(1)
    .reduce<Message>((joined, next) => message('composeUi.join', { first: joined, next }), items[0]!);
}
