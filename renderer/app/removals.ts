import { errorText } from '../api/ApiClient.js';
import type { RootStore } from './RootStore.js';

/**
 * Removals the undo stack does not take back: the sample, a whole team, a scenario.
 * Each waits for pending edits, removes, reads the team list again and opens what is
 * left. A team or scenario is first copied into a backup, so "Reservekopieën" can
 * bring it back (the sample can be seeded again the same way).
 */

async function openFirstTeam(root: RootStore): Promise<void> {
  const first = root.teams.teams[0];
  await root.openScenario(first ? (root.teams.mainScenario(first.id)?.id ?? null) : null);
}

async function guarded(root: RootStore, work: () => Promise<void>): Promise<void> {
  try {
    await root.undo.idle();
    await work();
  } catch (error) {
    root.ui.notify('error', errorText(error));
  }
}

export function removeSample(root: RootStore): Promise<void> {
  return guarded(root, async () => {
    await root.api.call('sample.remove', {});
    await Promise.all([root.teams.load(), root.professionals.load()]);
    await openFirstTeam(root);
  });
}

export function removeTeam(root: RootStore, teamId: string): Promise<void> {
  return guarded(root, async () => {
    await root.api.call('backups.create', {});
    await root.api.call('teams.delete', { id: teamId });
    await root.teams.load();
    await openFirstTeam(root);
  });
}

export function removeScenario(root: RootStore, scenarioId: string): Promise<void> {
  return guarded(root, async () => {
    const teamId = root.teams.scenarioById.get(scenarioId)?.teamId;
    await root.api.call('backups.create', {});
    await root.api.call('scenarios.delete', { scenarioId });
    await root.teams.load();
    // The open scenario is gone, or the undo history may point into it: open the team's main one afresh.
    if (teamId) await root.openTeam(teamId);
  });
}
