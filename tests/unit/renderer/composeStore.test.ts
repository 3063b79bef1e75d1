import { afterEach, describe, expect, it } from 'vitest';
import { composedScenarioCommand, freeScenarioName } from '../../../renderer/compose/composeCommands.js';
import { ComposeStore } from '../../../renderer/compose/ComposeStore.js';
import { stageHint, statusMessage } from '../../../renderer/compose/composeWords.js';
import type { ComposeOutcome } from '../../../shared/api/composeSchemas.js';
import { dutch, openHarness, type Harness } from './harness.js';

/** The "Stel samen" dialog's state machine and its command, over the real store. */

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Timers the test moves by hand: the page's clock and its timeouts. */
function handTimers() {
  let now = 0;
  let pending: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  return {
    set(run: () => void, ms: number) {
      ids += 1;
      pending.push({ at: now + ms, run, id: ids });
      return ids;
    },
    clear(handle: unknown) {
      pending = pending.filter((p) => p.id !== handle);
    },
    now: () => now,
    /** Moves the clock on, running every timeout that falls due on the way. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = pending.filter((p) => p.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        pending = pending.filter((p) => p !== due);
        now = due.at;
        due.run();
      }
      now = end;
    },
  };
}

describe('ComposeStore', () => {
  it('counts the seconds on while the store process is too busy to answer a poll', async () => {
    // A store process preparing a region's pool: compose.start answers, the first poll waits.
    const timers = handTimers();
    const api = {
      call: async (method: string) => (method === 'compose.start' ? { jobId: 'job' } : new Promise(() => undefined)),
    } as unknown as ConstructorParameters<typeof ComposeStore>[0];
    const store = new ComposeStore(api, 'scenario', timers);
    await store.start();
    timers.advance(5_200);
    expect(store.phase).toBe('running');
    expect(Math.floor(store.elapsedMs / 1000)).toBe(5);
    store.cancel();
  });

  it('remembers whether the run kept the members, and starts afresh without keeping them when asked', async () => {
    const asked: unknown[] = [];
    const api = {
      call: async (method: string, input: unknown) => {
        if (method === 'compose.start') asked.push(input);
        return method === 'compose.start' ? { jobId: 'job' } : new Promise(() => undefined);
      },
    } as unknown as ConstructorParameters<typeof ComposeStore>[0];
    const store = new ComposeStore(api, 'scenario', handTimers());
    await store.start();
    expect(store.keptMembers).toBe(true);
    store.cancel();
    await store.startFresh();
    expect(store.phase).toBe('running');
    expect(store.keptMembers).toBe(false);
    expect(asked.map((input) => (input as { keepMembers: boolean }).keepMembers)).toEqual([true, false]);
    store.cancel();
  });

  it('shows progress at once, ends with a result, and the result becomes an undoable scenario', async () => {
    h = await openHarness();
    const root = h.root;
    const scenarioId = root.plan.view!.scenarioId;
    const store = new ComposeStore(root.api, scenarioId);
    store.change('keepMembers', false);
    store.change('timeLimitSeconds', 20);
    const started = store.start();
    // Before the store process has even answered: the dialog already shows progress.
    expect(store.phase).toBe('running');
    expect(store.stage).toBe('preparing');
    await started;
    await until(() => store.phase !== 'running');
    expect(store.phase).toBe('done');
    const result = store.result!;
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(dutch(statusMessage(result))).toMatch(/^(Bewezen optimaal|Goed)/);

    const teamId = root.plan.view!.teamId;
    const names = () => root.teams.byId.get(teamId)!.scenarios.map((s) => s.name);
    let created: string | null = null;
    await root.execute(
      composedScenarioCommand(root, scenarioId, 'Samengesteld', result.assignments, {
        open: root.openInCommand,
        onCreated: (id) => {
          created = id;
          root.ui.showComparison(scenarioId, id);
        },
      }),
    );
    expect(names()).toContain('Samengesteld');
    // "Open als scenario" opens it: the board shows the composed team, compared with the one it came from.
    expect(root.plan.view!.scenarioId).toBe(created);
    expect(root.plan.plan!.assignments).toHaveLength(result.assignments.length);
    expect(root.ui.screen).toBe('scenarios');
    expect(root.ui.comparePair).toEqual({ a: scenarioId, b: created });
    expect(dutch(root.undo.nextUndo!)).toBe('Teamsamenstelling in scenario Samengesteld');
    // Opening it inside the command keeps the history: undo reopens the former scenario, then deletes it.
    await root.undo.undo();
    expect(names()).not.toContain('Samengesteld');
    expect(root.plan.view!.scenarioId).toBe(scenarioId);
    await root.undo.redo();
    expect(names()).toContain('Samengesteld');
    expect(root.plan.view!.scenarioId).toBe(created);
    expect(created).not.toBe(scenarioId);
  });

  it('cancels: back to the settings, and the job in the store is cancelled', async () => {
    h = await openHarness();
    const store = new ComposeStore(h.root.api, h.root.plan.view!.scenarioId);
    store.change('keepMembers', false);
    store.change('timeLimitSeconds', 60);
    await store.start();
    store.cancel();
    expect(store.phase).toBe('form');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(store.phase).toBe('form');
    expect(h.calls).toContain('compose.cancel');
    // A new run on the same scenario is allowed at once.
    await store.start();
    await until(() => store.phase !== 'running');
    expect(store.phase).toBe('done');
  });

  it('finishes early: the job ends with the best so far and the status says the user asked, not the clock', async () => {
    h = await openHarness();
    const store = new ComposeStore(h.root.api, h.root.plan.view!.scenarioId);
    store.change('keepMembers', false);
    store.change('timeLimitSeconds', 600);
    const started = store.start();
    // Pressed before the store process answered: passed on as soon as the job exists.
    store.finishNow();
    expect(store.wrappingUp).toBe(true);
    await started;
    await until(() => store.phase !== 'running');
    expect(h.calls).toContain('compose.finishNow');
    expect(store.phase).toBe('done');
    const result = store.result!;
    expect(result.wrappedUp).toBe(true);
    if (result.status === 'feasible') expect(dutch(statusMessage(result))).toMatch(/^Afgerond op uw verzoek/);
    // A new run starts without the earlier request.
    store.backToForm();
    store.change('timeLimitSeconds', 20);
    await store.start();
    expect(store.wrappingUp).toBe(false);
    await until(() => store.phase !== 'running');
    expect(store.result!.wrappedUp).toBe(false);
  });

  it('words an unproven answer by its cause: the time limit, or the user finishing early', () => {
    const result = {
      status: 'feasible',
      objective: { name: 'people', value: 7 },
      bound: 32,
      gap: 0.135,
      stoppedAt: 'assignments',
      fromGreedy: false,
      before: {
        teamCoverage: 0,
        requirementsCovered: 0,
        requirementsTotal: 48,
        people: 0,
        hoursAllocated: 0,
        hoursRequired: 208,
      },
      after: {
        teamCoverage: 1,
        requirementsCovered: 48,
        requirementsTotal: 48,
        people: 7,
        hoursAllocated: 208,
        hoursRequired: 208,
      },
      assignments: [],
      uncoverable: [],
      uncoverableOutsideCoverage: false,
      infeasibleLimits: [],
      infeasibleTogether: false,
      wrappedUp: false,
    } satisfies ComposeOutcome;
    expect(dutch(statusMessage(result))).toBe(
      'Goed, maar de tijd was op bij het aantal toewijzingen: dat kan nog hooguit 14% beter. Wel bewezen optimaal: de dekking van de eisen, de open uren en het aantal mensen.',
    );
    expect(dutch(statusMessage({ ...result, wrappedUp: true }))).toBe(
      'Afgerond op uw verzoek bij het aantal toewijzingen: dat kan nog hooguit 14% beter. Wel bewezen optimaal: de dekking van de eisen, de open uren en het aantal mensen.',
    );
    expect(dutch(statusMessage({ ...result, wrappedUp: true, stoppedAt: null, gap: null }))).toBe(
      'Afgerond op uw verzoek, voordat bewezen was dat het niet beter kan.',
    );
    expect(dutch(statusMessage({ ...result, status: 'timeLimit', wrappedUp: true }))).toContain(
      'Afgerond op uw verzoek voordat er een samenstelling was gevonden',
    );
    // While the assignments are searched, the dialog names what is proven already; not before.
    expect(dutch(stageHint('assignments', 'people')!)).toBe(
      'Al bewezen optimaal: de dekking van de eisen, de open uren en het aantal mensen. Wat nog volgt, zoekt alleen een verdeling met minder losse toewijzingen; wie nu afrondt, verliest op die punten niets.',
    );
    expect(dutch(stageHint('assignments', 'contractHours')!)).toContain('de contracturen');
    expect(stageHint('objective', 'people')).toBeNull();
  });

  it('names a composed scenario that is not taken yet', () => {
    expect(freeScenarioName('Samengesteld', ['Huidig'])).toBe('Samengesteld');
    expect(freeScenarioName('Samengesteld', ['samengesteld', 'Samengesteld 2'])).toBe('Samengesteld 3');
    // The store's rule (sameName.ts): names are compared trimmed and in any case.
    expect(freeScenarioName('Samengesteld', ['samengesteld', ' SAMENGESTELD 2', 'samengesteld 3 '])).toBe(
      'Samengesteld 4',
    );
  });
});
