import type { FunctionTemplateDto } from '../../shared/api/entities.js';
import type { Team } from '../../shared/domain/schemas.js';

type ProposedPlacement = 'team' | 'shell';

interface Proposal {
  templateKey: string;
  placement: ProposedPlacement;
  /** Why: a message key of the i18n catalogue, so the reason is shown in the user's language. */
  reason: ProposalReason;
}

export type ProposalReason =
  | 'accessA1'
  | 'core'
  | 'collective'
  | 'youth'
  | 'elderly'
  | 'solve'
  | 'refer'
  | 'crisisTeam'
  | 'crisisShell'
  | 'custom';

/** A function the planner deliberately does not propose, with the reason shown in its place. */
interface Omission {
  templateKey: string;
  reason: 'accessA2';
}

type Design = Pick<Team, 'model' | 'organisationType' | 'ageGroups' | 'design'>;

/**
 * A new team's functions: the proposals in the team and those in the shell, each to be made
 * with its placement. Both, so a design that signals and refers ("Hoe ver?") has a shell to
 * refer to from the start, as its own advice asks.
 */
export function newTeamTemplates(
  team: Design,
  templates: readonly FunctionTemplateDto[],
): { inTeam: string[]; inShell: string[] } {
  const proposal = proposeFunctions(team, templates);
  const keysAt = (placement: ProposedPlacement) =>
    proposal.filter((p) => p.placement === placement).map((p) => p.templateKey);
  return { inTeam: keysAt('team'), inShell: keysAt('shell') };
}

/**
 * Turns the answers to the design questions into a first set of functions, each placed
 * in the team or in the specialist shell. The articles' order: breadth and depth fix the
 * functions; people come later. A proposal is a starting point the team leader edits.
 */
export function proposeFunctions(team: Design, templates: readonly FunctionTemplateDto[]): Proposal[] {
  const solve = team.design.depth.mode === 'solve';
  const broad = team.design.breadth.scope === 'all';
  const youth = team.ageGroups.includes('youth') || broad;
  const elderly = team.ageGroups.includes('elderly') || broad;
  const proposals: Proposal[] = [];
  const add = (templateKey: string, placement: ProposedPlacement, reason: ProposalReason) => {
    if (templates.some((t) => t.key === templateKey)) proposals.push({ templateKey, placement, reason });
  };

  // A1 is the residents' one point of access. A2 has no front door of its own: the
  // voorliggend veld and the first line refer cases to it (see omittedFunctions).
  if (team.model === 'A1') add('access', 'team', 'accessA1');
  add('caseCoordination', 'team', 'core');
  add('socialServices', 'team', 'core');
  add('debtServices', solve ? 'team' : 'shell', solve ? 'solve' : 'refer');
  if (team.design.breadth.collective) {
    add('communityDevelopment', 'team', 'collective');
    add('collectiveArrangements', 'team', 'collective');
  }
  if (youth) {
    add('youth', 'team', 'youth');
    add('socioPedagogical', solve ? 'team' : 'shell', solve ? 'solve' : 'refer');
  }
  if (elderly) add('somaticCare', 'team', 'elderly');
  add('socioPsychiatric', solve ? 'team' : 'shell', solve ? 'solve' : 'refer');
  add('disabilityCare', solve && broad ? 'team' : 'shell', solve && broad ? 'solve' : 'refer');
  // "Een team kan als functie crisisinterventie hebben": whether it does follows "hoe ver?",
  // like every specialist function, not the organisation type.
  add('crisisIntervention', solve ? 'team' : 'shell', solve ? 'crisisTeam' : 'crisisShell');

  for (const template of templates) {
    if (!template.builtIn)
      proposals.push({ templateKey: template.key, placement: template.defaultPlacement, reason: 'custom' });
  }
  return proposals;
}

/**
 * Functions the design answers point away from, said out loud so their absence is not
 * mistaken for an oversight. An A2 team gets no access function, not even in the schil:
 * residents reach it through the voorliggend veld and the first line, whose referral
 * routes are recorded with the team's voorliggend veld partners.
 */
export function omittedFunctions(team: Pick<Team, 'model'>, templates: readonly FunctionTemplateDto[]): Omission[] {
  if (team.model !== 'A2' || !templates.some((t) => t.key === 'access')) return [];
  return [{ templateKey: 'access', reason: 'accessA2' }];
}
