import path from 'node:path';

/** The e2e suite's own copy of the built renderer (see globalSetup.ts). */
export const E2E_STATIC_ROOT = path.resolve(import.meta.dirname, '../../../out/e2e-renderer');
