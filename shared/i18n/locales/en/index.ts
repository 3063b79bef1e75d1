import type { nl } from '../nl/index.js';
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

/** The English message catalogue: the same keys as the Dutch one, section by section. */
export const en: Record<keyof typeof nl, string> = {
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
};
