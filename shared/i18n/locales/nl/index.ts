import { host } from './host.js';
import { shell } from './shell.js';
import { catalogueData } from './catalogueData.js';
import { hr } from './hr.js';
import { hrCells } from './hrCells.js';
import { lists } from './lists.js';
import { scenarioChanges } from './scenarioChanges.js';
import { hrScale } from './hrScale.js';
import { print } from './print.js';
import { report } from './report.js';
import { advice } from './advice.js';
import { teamRoles } from './teamRoles.js';
import { errors } from './errors.js';
import { levels } from './levels.js';
import { compose } from './compose.js';
import { composeUi } from './composeUi.js';
import { ui } from './ui.js';
import { validation } from './validation.js';
import { vocabulary } from './vocabulary.js';
import { people } from './people.js';
import { teamSetup } from './teamSetup.js';
import { designScreen } from './designScreen.js';
import { area } from './area.js';
import { sharedDb } from './sharedDb.js';
import { sharing } from './sharing.js';
import { vakkennis } from './vakkennis.js';
import { editors } from './editors.js';
import { development } from './development.js';
import { ownDisciplines } from './ownDisciplines.js';

/**
 * The Dutch message catalogue: every text the planner shows, prints, exports or
 * prints on a terminal, in sections by where it is used. Keys are unique across
 * sections (a section's keys start with its own prefixes); the English catalogue has
 * exactly the same keys (checked by its type and by tests/unit/i18n).
 */
export const nl = {
  ...people,
  ...teamSetup,
  ...designScreen,
  ...area,
  ...sharedDb,
  ...sharing,
  ...vakkennis,
  ...editors,
  ...development,
  ...ownDisciplines,
  ...vocabulary,
  ...ui,
  ...shell,
  ...host,
  ...catalogueData,
  ...hr,
  ...hrCells,
  ...lists,
  ...scenarioChanges,
  ...hrScale,
  ...report,
  ...print,
  ...advice,
  ...teamRoles,
  ...validation,
  ...errors,
  ...levels,
  ...compose,
  ...composeUi,
} as const;
