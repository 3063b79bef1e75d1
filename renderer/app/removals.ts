import { errorText } from '../api/ApiClient.js';
import { message } from '../../shared/i18n/message.js';
import type { RootStore } from './RootStore.js';

/**
 * Removals the undo stack does not take back: the sample, a whole team, a scenario.
 * Each waits for pending edits, removes, reads the team list again and, when what was
 * open is gone, opens what is left. A team or scenario is first copied into a backup
 * named after it ("voor het verwijderen van team X"), so "Reservekopieën" can bring it
 * back (the sample can be seeded again the same way). Afterwards a polite message says what happened, and the
 * focus goes somewhere safe: the button that asked is gone, or (a team's) now belongs to
 * the next team, and a second Enter must not delete that one too.
 */

/**
 * The header's team picker, which now shows the team that is open. Found in the page, not
 * through a ref: the header and the screen that removed the team are far apart.
 */
function focusTeamPicker(): void {
  document.querySelector<HTMLElement>('[data-testid="team-picker"] input')?.focus();
}

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
    // As before deleting a team: a backup named after what goes, which the message points to.
    await root.api.call('backups.create', { before: { kind: 'sample', name: '' } });
    await root.api.call('sample.remove', {});
    await Promise.all([root.teams.load(), root.professionals.load()]);
    await openFirstTeam(root);
    root.ui.notify('info', message('sample.removed'));
    focusTeamPicker();
  });
}

export function removeTeam(root: RootStore, teamId: string): Promise<void> {
  return guarded(root, async () => {
    const name = root.teams.byId.get(teamId)?.name ?? '';
    await root.api.call('backups.create', { before: { kind: 'team', name } });
    await root.api.call('teams.delete', { id: teamId });
    await root.teams.load();
    await openFirstTeam(root);
    root.ui.notify('info', message('team.removed', { team: name }));
    focusTeamPicker();
  });
}

export function removeScenario(root: RootStore, scenarioId: string): Promise<void> {
  return guarded(root, async () => {
    const scenario = root.teams.scenarioById.get(scenarioId);
    const name = scenario?.name ?? '';
    await root.api.call('backups.create', { before: { kind: 'scenario', name } });
    await root.api.call('scenarios.delete', { scenarioId });
    await root.teams.load();
    // When the open scenario went, the team's main one opens; another one stays open. Either
    // way the undo history goes, since its commands may point into the deleted scenario.
    if (scenario && root.plan.view?.scenarioId === scenarioId) await root.openTeam(scenario.teamId);
    else root.undo.clear();
    root.ui.notify('info', message('scenarios.removed', { name }));
    // Its row and button are gone: the main scenario's row takes the focus.
    const main = scenario ? root.teams.mainScenario(scenario.teamId) : undefined;
    if (main) root.ui.requestFocus({ kind: 'scenario', scenarioId: main.id });
  });
}
