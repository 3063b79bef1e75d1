import type { ApiClient } from '../api/ApiClient.js';
import type { CatalogueStore } from '../catalogue/CatalogueStore.js';
import type { PlanStore } from '../board/PlanStore.js';
import type { ProfessionalsStore } from '../people/ProfessionalsStore.js';
import type { TeamsStore } from '../design/TeamsStore.js';

/** What a command may touch: the API and the domain stores it keeps in step with the database. */
export interface CommandContext {
  api: ApiClient;
  plan: PlanStore;
  teams: TeamsStore;
  catalogue: CatalogueStore;
  professionals: ProfessionalsStore;
}

/** Opens a scenario from inside a command: it must not wait for the undo queue it runs in, nor clear it. */
export type OpenScenario = (scenarioId: string) => Promise<void>;
