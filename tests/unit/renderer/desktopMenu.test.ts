import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, PlannerDesktopBridge } from '../../../shared/api/desktopBridge.js';
import { ok } from '../../../shared/api/result.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import { runMenuCommand } from '../../../renderer/app/desktopMenu.js';
import { assignCommand } from '../../../renderer/board/assignmentCommands.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/** A preload bridge whose open dialog hands back this file. */
function bridgeWithFile(name: string, text: string): PlannerDesktopBridge {
  return {
    invoke: (() => Promise.reject(new Error('not used'))) as never,
    onMenuCommand: () => () => undefined,
    setUiLanguage: async () => ok({ done: true as const }),
    openFile: async () => ok({ fileName: name, dataBase64: Buffer.from(text, 'utf8').toString('base64') }),
    saveFile: async () => ok(null),
  } as unknown as PlannerDesktopBridge;
}

const run = (command: MenuCommand, bridge = bridgeWithFile('x.json', '{}')) => runMenuCommand(h.root, bridge, command);

describe('desktop menu commands', () => {
  it('new team opens the dialog; restore opens the backups list', () => {
    run('newTeam');
    expect(h.root.ui.newTeamOpen).toBe(true);
    run('restoreBackup');
    expect(h.root.ui.backupsOpen).toBe(true);
  });

  it('undo and redo act on the edit history', async () => {
    const plan = h.root.plan.plan!;
    const fn = plan.functions[0]!;
    const person = plan.professionals.find(
      (p) => !plan.assignments.some((a) => a.functionId === fn.id && a.professionalId === p.id),
    )!;
    await h.root.execute(assignCommand(h.root, fn.id, person.id, 2));
    run('undo');
    await h.root.undo.idle();
    expect(h.root.plan.plan!.assignments.some((a) => a.professionalId === person.id && a.functionId === fn.id)).toBe(
      false,
    );
    run('redo');
    await h.root.undo.idle();
    expect(h.root.plan.plan!.assignments.some((a) => a.professionalId === person.id && a.functionId === fn.id)).toBe(
      true,
    );
  });

  it('backup now makes a backup and says so', async () => {
    await h.store.whenIdle(); // the automatic start backup first
    const before = (await dispatch(h.store.handlers, 'backups.list', {})) as { ok: true; value: unknown[] };
    run('backupNow');
    await vi.waitFor(() =>
      expect(dutch(h.root.ui.toasts.at(-1)?.text)).toMatch(
        // Named as its row in Reservekopieën: the second, and a number, when another backup shares it.
        /^Er is een reservekopie gemaakt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}(:\d{2}( \(\d+\))?)?\.$/,
      ),
    );
    await h.store.whenIdle();
    const after = (await dispatch(h.store.handlers, 'backups.list', {})) as { ok: true; value: unknown[] };
    expect(after.value.length).toBe(before.value.length + 1);
  });

  it('import plan reads the chosen file and adds its team', async () => {
    const view = h.root.plan.view!;
    const exported = (await dispatch(h.store.handlers, 'plan.export', {
      scenarioId: view.scenarioId,
      includePool: true,
    })) as {
      ok: true;
      value: { team: { id: string; name: string } };
    };
    const copy = {
      ...exported.value,
      team: { ...exported.value.team, id: 'imported-team', name: 'Geïmporteerd team' },
    };
    run('importPlan', bridgeWithFile('team.json', JSON.stringify(copy)));
    await vi.waitFor(() => expect(h.root.teams.teams.some((t) => t.name === 'Geïmporteerd team')).toBe(true));
  });
});
