import { z } from 'zod';

/**
 * The renderer checks API results with zod (shared/i18n/messageSchema.ts). Zod probes
 * whether it may compile parsers with `new Function`; under the app's strict CSP that
 * probe is reported as a violation even though zod catches it. Jitless parsing needs no
 * eval at all. Imported first in main.tsx, before any result is parsed.
 */
z.config({ jitless: true });
