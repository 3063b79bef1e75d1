import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databasePath, StoreOpenError } from '../../db/index.js';
import { openTestStore, personInput, tempDir } from '../integration/db/helpers.js';
import { compileFixtures } from './compileFixtures.js';

/**
 * Two processes on one data directory: the planner holds an exclusive SQLite lock for as
 * long as it is open, so the second one waits the busy timeout and then gets a clear
 * "already open" answer - it never writes alongside. The lock dies with the process.
 */

let holderScript: string;
const children: ChildProcessWithoutNullStreams[] = [];
beforeAll(() => {
  holderScript = compileFixtures()('holder');
});
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

function startHolder(dir: string): Promise<{ child: ChildProcessWithoutNullStreams; line: string }> {
  const child = spawn(process.execPath, [holderScript, dir]);
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.once('data', (line: string) => resolve({ child, line: line.trim() }));
    child.once('error', reject);
  });
}

function ended(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

describe('two processes on the same data directory', () => {
  it('the second gets "already open" in Dutch, the data stays intact, and it opens once the first is gone', async () => {
    const dir = tempDir();
    const first = openTestStore({ dataDir: dir });
    await first.call('professionals.create', { ...personInput, name: 'Eerste Proces' });
    await first.whenIdle();

    const { child, line } = await startHolder(dir);
    expect(line).toBe('refused alreadyOpen');
    await ended(child);
    first.close();

    const holder = await startHolder(dir);
    expect(holder.line).toBe('ready');
    // Work in progress of the running planner (a backup being written, a restore being staged)
    // must survive a second process's attempt to open.
    const inProgress = [
      path.join(dir, 'backups', 'planner-20260101T000000000Z-manual.sqlite.partial'),
      `${databasePath(dir)}.restoring`,
    ];
    for (const f of inProgress) fs.writeFileSync(f, 'bezig');
    const started = Date.now();
    let caught: unknown;
    try {
      openTestStore({ dataDir: dir });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreOpenError);
    expect((caught as StoreOpenError).code).toBe('alreadyOpen');
    expect((caught as StoreOpenError).message).toContain('is al geopend');
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const f of inProgress) expect(fs.existsSync(f)).toBe(true);

    // Killed, not closed: the OS releases the lock, nothing is left to clean up by hand.
    holder.child.kill('SIGKILL');
    await ended(holder.child);
    const again = openTestStore({ dataDir: dir });
    expect((await again.call('professionals.list', {})).some((p) => p.name === 'Eerste Proces')).toBe(true);
    // Now that this process holds the lock, leftovers of the killed one are cleaned up.
    for (const f of inProgress) expect(fs.existsSync(f)).toBe(false);
    again.close();
    const raw = new Database(databasePath(dir), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });
});
