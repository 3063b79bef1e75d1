import { BUILT_IN_COMPETENCIES } from '../shared/catalogue/competencies.js';
import { BUILT_IN_FUNCTIONS } from '../shared/catalogue/functions.js';
import type { StoreContext } from './context.js';
import { syncBuiltInCatalogue } from './repositories/catalogue.js';

/**
 * The built-in catalogue is written into the database when it differs from what this app
 * version ships (first run, or an app update that improved texts); an unchanged start
 * writes nothing.
 */
const SHIPPED = JSON.stringify([BUILT_IN_COMPETENCIES, BUILT_IN_FUNCTIONS]);

export function syncBuiltInCatalogueOnce(ctx: StoreContext): void {
  const stored = ctx.stmt("SELECT value FROM meta WHERE key = 'builtInCatalogue'").pluck().get() as string | undefined;
  if (stored === SHIPPED) return;
  syncBuiltInCatalogue(ctx);
  ctx
    .stmt(
      "INSERT INTO meta (key, value) VALUES ('builtInCatalogue', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .run(SHIPPED);
}
