/**
 * The browser host of one build in a Node process of its own, for the UI bench's cold
 * starts and the HR bench (childHost.ts starts it): a user's host never shares a process
 * with the browser driver, whose protocol traffic delayed the host's answers by up to 200
 * ms under load. argv[2] is the build's `webhost/startWebHost.ts`; argv[3], optional, a
 * module that extends this process (childHost.ts's HostExtension). It loads them, says
 * `ready`, and then starts and closes hosts when asked over the IPC channel, one at a time,
 * so the bench's clock starts where it did in-process: before the store is opened, after
 * the modules are loaded. It exits when the channel closes.
 */
import { pathToFileURL } from 'node:url';
import type { RunningWebHost, startWebHost } from '../../../webhost/startWebHost.js';
import { hostProcessExtension, type HostReply, type HostRequest } from './childHost.js';

const file = process.argv[2];
if (!file || !process.send) throw new Error('hostProcess: run by childHost.ts with the host module as argument');
const send = (reply: HostReply) => process.send!(reply);
const { startWebHost: start } = (await import(pathToFileURL(file).href)) as { startWebHost: typeof startWebHost };
const extensionFile = process.argv[3];
if (extensionFile) await import(pathToFileURL(extensionFile).href);
const extension = hostProcessExtension();

let running: RunningWebHost | null = null;
process.on('message', (request: HostRequest) => {
  void (async () => {
    try {
      if (request.kind === 'start') {
        const more = request.setup === undefined ? {} : (extension.startOptions?.(request.setup) ?? {});
        running = await start({ ...request.options, ...more, seedSample: false, log: () => undefined });
        send({ kind: 'started', url: running.url, port: running.port, token: running.token, dataDir: running.dataDir });
      } else if (request.kind === 'ask') {
        send({ kind: 'answer', id: request.id, answer: await extension.answer?.(request.question) });
      } else {
        await running?.close();
        running = null;
        send({ kind: 'closed' });
      }
    } catch (error) {
      send({ kind: 'failed', error: String(error) });
    }
  })();
});
process.on('disconnect', () => {
  void (running?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});
send({ kind: 'ready' });
