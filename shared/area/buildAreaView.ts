import type { HrInput } from '../hr/types.js';
import { analyseTeam } from './analysedTeam.js';
import { areaNameOf } from './areaName.js';
import { teamsInArea } from './areas.js';
import { competenciesAcrossArea } from './competenciesAcrossArea.js';
import { expertiseAcrossArea } from './expertiseAcrossArea.js';
import { functionsAcrossArea } from './functionsAcrossArea.js';
import { gapsAcrossArea } from './gapsAcrossArea.js';
import { overlapsAcrossArea } from './overlapsAcrossArea.js';
import { sharedPeople } from './sharedPeople.js';
import { summariseTeam } from './teamSummary.js';
import type { AreaView } from './types.js';

/**
 * The area view: every team of one area (main scenarios; the same input the HR overview
 * reads) with its model, organisation type, mandate, target and age groups, and what
 * the teams do together: functions, competencies and vakkennis across the area, gaps no
 * team covers, terrains claimed twice and people who work in more than one team. Each
 * team is run through the coverage engine once; nothing here judges a team differently.
 */
export function buildAreaView(input: HrInput, area: string): AreaView {
  const analysed = teamsInArea(input, area).map(analyseTeam);
  const teams = analysed.map(summariseTeam);
  return {
    area: analysed.length === 0 ? area.trim() : areaNameOf(analysed.map((a) => a.entry.plan.team.area)),
    teams,
    functions: functionsAcrossArea(analysed),
    competencies: competenciesAcrossArea(analysed),
    expertise: expertiseAcrossArea(analysed),
    gaps: gapsAcrossArea(analysed),
    overlaps: overlapsAcrossArea(teams),
    sharedPeople: sharedPeople(analysed, input.scenarios, input.professionals),
  };
}
