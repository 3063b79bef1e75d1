import { type ChildProcess, fork } from 'node:child_process';
import type { RunningWebHost, startWebHost } from '../../../webhost/startWebHost.js';

/** What the bench asks a host process (hostProcess.ts) and what it answers. */
export type HostRequest =
  { kind: 'start'; options: { dataDir: string; staticRoot?: string | undefined; port?: number } } | { kind: 'close' };
export type HostReply =
  | { kind: 'ready' | 'closed' }
  | { kind: 'started'; url: string; port: number; token: string; dataDir: string }
  | { kind: 'failed'; error: string };

type StartHost = typeof startWebHost;

const processes = new Map<string, Promise<ChildProcess>>();

/** The next reply of `child`; its IPC channel keeps this process alive only while one is awaited. */
function reply(child: ChildProcess): Promise<HostReply> {
  child.channel?.ref();
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error('bench: the host process exited'));
    child.once('exit', onExit);
    child.once('message', (message: HostReply) => {
      child.off('exit', onExit);
      child.channel?.unref();
      if (message.kind === 'failed') reject(new Error(`bench: the host process failed: ${message.error}`));
      else resolve(message);
    });
  });
}

/**
 * `startWebHost` of the module in `file`, run in a Node process of its own (one per module,
 * kept for every start of the run and ended with it). Resolves when that process has loaded
 * the module, so a clock started after it measures the same as in-process: opening the
 * store, listening, and every answer to the page.
 */
export function hostInChildProcess(file: string): Promise<StartHost> {
  let ready = processes.get(file);
  if (!ready) {
    const child = fork(new URL('./hostProcess.ts', import.meta.url), [file], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.unref();
    ready = reply(child).then(() => child);
    processes.set(file, ready);
  }
  return ready.then((child) => async (options) => {
    let queue = reply(child);
    child.send({
      kind: 'start',
      options: { dataDir: options.dataDir, staticRoot: options.staticRoot, port: options.port },
    } satisfies HostRequest);
    const started = await queue;
    if (started.kind !== 'started') throw new Error(`bench: the host process answered ${started.kind}`);
    let closing: Promise<void> | null = null;
    const running: RunningWebHost = {
      url: started.url,
      port: started.port,
      token: started.token,
      dataDir: started.dataDir,
      close: () => {
        closing ??= (async () => {
          queue = reply(child);
          child.send({ kind: 'close' } satisfies HostRequest);
          await queue;
        })();
        return closing;
      },
    };
    return running;
  });
}
