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
  'accessA1' | 'accessA2' | 'core' | 'collective' | 'youth' | 'elderly' | 'solve' | 'refer' | 'crisisShell' | 'custom';

type Design = Pick<Team, 'model' | 'organisationType' | 'ageGroups' | 'design'>;

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

  // A1 is the residents' one point of contact; A2 relies on the first line for access.
  if (team.model === 'A1') add('access', 'team', 'accessA1');
  else if (team.model === 'A2') add('access', 'shell', 'accessA2');
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
  // Crises need round-the-clock specialists; only a mandated team that solves itself keeps them in.
  const crisisInTeam = solve && team.organisationType === 'integraal';
  add('crisisIntervention', crisisInTeam ? 'team' : 'shell', crisisInTeam ? 'solve' : 'crisisShell');

  for (const template of templates) {
    if (!template.builtIn)
      proposals.push({ templateKey: template.key, placement: template.defaultPlacement, reason: 'custom' });
  }
  return proposals;
}
