import { type ChildProcess, fork } from 'node:child_process';
import type { RunningWebHost, startWebHost } from '../../../webhost/startWebHost.js';

type StartHost = typeof startWebHost;

/** What the bench asks a host process (hostProcess.ts) and what it answers. */
export type HostRequest =
  | {
      kind: 'start';
      options: { dataDir: string; staticRoot?: string | undefined; port?: number };
      /** For the process's extension (see HostExtension.startOptions); absent for a plain host. */
      setup?: unknown;
    }
  | { kind: 'close' }
  | { kind: 'ask'; id: number; question: unknown };
export type HostReply =
  | { kind: 'ready' | 'closed' }
  | { kind: 'started'; url: string; port: number; token: string; dataDir: string }
  | { kind: 'answer'; id: number; answer: unknown }
  | { kind: 'failed'; error: string };

/**
 * What a bench may add to the host process, in a module of its own named as the second
 * argument of `hostInChildProcess` (the HR bench: start a host without its store's warm-up,
 * and say how far that warm-up got). That module is loaded in the host process before it
 * says `ready` and registers itself with `extendHostProcess`.
 */
export interface HostExtension {
  /** More options for `startWebHost`, made from a start request's `setup`. */
  startOptions?(setup: unknown): Partial<Parameters<StartHost>[0]>;
  /** The answer to a question sent with `RunningChildHost.ask`. */
  answer?(question: unknown): unknown;
}

let extension: HostExtension = {};

/** Called by an extension module when the host process loads it. */
export function extendHostProcess(added: HostExtension): void {
  extension = added;
}

/** The extension the host process loaded, or none. */
export function hostProcessExtension(): HostExtension {
  return extension;
}

/** A host in a process of its own; `ask` puts a question to that process's extension. */
export type RunningChildHost = RunningWebHost & { ask(question: unknown): Promise<unknown> };
type StartChildHost = (options: Parameters<StartHost>[0], setup?: unknown) => Promise<RunningChildHost>;

const processes = new Map<string, Promise<ChildProcess>>();
/** Replies awaited per process: its IPC channel keeps this process alive only while one is. */
const awaited = new WeakMap<ChildProcess, number>();

/** The next reply of `child` that `wanted` accepts (an answer by its id; every other reply in turn). */
function reply(
  child: ChildProcess,
  wanted: (message: HostReply) => boolean = (m) => m.kind !== 'answer',
): Promise<HostReply> {
  awaited.set(child, (awaited.get(child) ?? 0) + 1);
  child.channel?.ref();
  return new Promise((resolve, reject) => {
    const done = () => {
      child.off('exit', onExit);
      child.off('message', onMessage);
      const left = awaited.get(child)! - 1;
      awaited.set(child, left);
      if (left === 0) child.channel?.unref();
    };
    const onExit = () => {
      done();
      reject(new Error('bench: the host process exited'));
    };
    const onMessage = (message: HostReply) => {
      if (message.kind !== 'failed' && !wanted(message)) return;
      done();
      if (message.kind === 'failed') reject(new Error(`bench: the host process failed: ${message.error}`));
      else resolve(message);
    };
    child.on('exit', onExit);
    child.on('message', onMessage);
  });
}

/**
 * `startWebHost` of the module in `file`, run in a Node process of its own (one per module
 * and extension, kept for every start of the run and ended with it). Resolves when that
 * process has loaded the module, so a clock started after it measures the same as
 * in-process: opening the store, listening, and every answer to the page. `extensionFile`
 * (optional) is a module that extends the process (HostExtension).
 */
export function hostInChildProcess(file: string, extensionFile?: string): Promise<StartChildHost> {
  const key = `${file}\n${extensionFile ?? ''}`;
  let ready = processes.get(key);
  if (!ready) {
    const child = fork(new URL('./hostProcess.ts', import.meta.url), extensionFile ? [file, extensionFile] : [file], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.unref();
    ready = reply(child).then(() => child);
    processes.set(key, ready);
  }
  return ready.then((child) => async (options, setup) => {
    let queue = reply(child);
    child.send({
      kind: 'start',
      options: { dataDir: options.dataDir, staticRoot: options.staticRoot, port: options.port },
      ...(setup === undefined ? {} : { setup }),
    } satisfies HostRequest);
    const started = await queue;
    if (started.kind !== 'started') throw new Error(`bench: the host process answered ${started.kind}`);
    let closing: Promise<void> | null = null;
    let questions = 0;
    const running: RunningChildHost = {
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
      ask: async (question) => {
        const id = (questions += 1);
        const answer = reply(child, (m) => m.kind === 'answer' && m.id === id);
        child.send({ kind: 'ask', id, question } satisfies HostRequest);
        const answered = await answer;
        return answered.kind === 'answer' ? answered.answer : undefined;
      },
    };
    return running;
  });
}
