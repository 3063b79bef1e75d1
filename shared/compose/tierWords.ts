import { listOf } from '../i18n/listOf.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { message, type Message } from '../i18n/message.js';
import type { ComposeObjective } from './options.js';

/**
 * The solver's tiers in a team leader's words, in the order they are solved (docs/compose.md,
 * "What best means"). The command line and the dialog both say where a search stopped and
 * what was proven before it from here, so a gap is never read as the team's quality when it
 * is only the number of assignments that might still shrink.
 */
const TIER_ORDER = ['coverage', 'unfilledHours', 'objective', 'assignments', 'hoursPolish'] as const;
type Tier = (typeof TIER_ORDER)[number];

const TIER_KEY = {
  coverage: 'compose.tier.coverage',
  unfilledHours: 'compose.tier.unfilledHours',
  assignments: 'compose.tier.assignments',
  hoursPolish: 'compose.tier.hoursPolish',
} as const satisfies Record<Exclude<Tier, 'objective'>, MessageKey>;

const OBJECTIVE_TIER_KEY = {
  people: 'compose.tier.objective.people',
  contractHours: 'compose.tier.objective.contractHours',
} as const satisfies Record<ComposeObjective, MessageKey>;

function isTier(name: string): name is Tier {
  return (TIER_ORDER as readonly string[]).includes(name);
}

function tierWords(tier: Tier, objective: ComposeObjective): Message {
  return message(tier === 'objective' ? OBJECTIVE_TIER_KEY[objective] : TIER_KEY[tier]);
}

/** Where the search stopped unproven, or null when the solver named no tier this planner knows. */
export function stoppedTierWords(stoppedAt: string | null, objective: ComposeObjective): Message | null {
  return stoppedAt !== null && isTier(stoppedAt) ? tierWords(stoppedAt, objective) : null;
}

/**
 * "de dekking van de eisen, de open uren en het aantal mensen": the tiers before the one
 * where the search stopped, each proven optimal (a tier is only left once it is proven);
 * null when the search stopped at the first tier.
 */
export function provenTiersWords(stoppedAt: string | null, objective: ComposeObjective): Message | string | null {
  if (stoppedAt === null || !isTier(stoppedAt)) return null;
  const before = TIER_ORDER.slice(0, TIER_ORDER.indexOf(stoppedAt));
  return before.length === 0 ? null : listOf(before.map((tier) => tierWords(tier, objective)));
}
