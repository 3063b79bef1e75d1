import path from 'node:path';
import { openPlannerStore } from '../../../db/index.js';
import { listenWebHostServer } from '../../../webhost/server.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** The browser host as `npm run web` runs it: the real store and the real HTTP server over out/renderer. */
export async function startHost(dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const store = openPlannerStore({ dataDir, appVersion: '0.0.0-e2e' });
  const server = await listenWebHostServer({
    handlers: store.handlers,
    staticRoot: path.join(root, 'out', 'renderer'),
    port: 0,
    log: () => undefined,
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await store.whenIdle();
      store.close();
    },
  };
}
