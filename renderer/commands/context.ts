import type { ApiClient } from '../api/ApiClient.js';
import type { CatalogueStore } from '../stores/CatalogueStore.js';
import type { PlanStore } from '../stores/PlanStore.js';
import type { ProfessionalsStore } from '../stores/ProfessionalsStore.js';
import type { TeamsStore } from '../stores/TeamsStore.js';

/** What a command may touch: the API and the domain stores it keeps in step with the database. */
export interface CommandContext {
  api: ApiClient;
  plan: PlanStore;
  teams: TeamsStore;
  catalogue: CatalogueStore;
  professionals: ProfessionalsStore;
}
