import type { MenuCommand, PlannerDesktopBridge } from '../../shared/api/desktopBridge.js';
import { openedFileText } from '../api/transport/desktopBridge.js';
import { makeBackup } from '../backups/backupActions.js';
import type { RootStore } from './RootStore.js';

/**
 * Carries out the desktop app's menu commands in the planner, the same actions the
 * screens offer.
 */
export function runMenuCommand(root: RootStore, bridge: PlannerDesktopBridge, command: MenuCommand): void {
  switch (command) {
    case 'undo':
      void root.undo.undo();
      return;
    case 'redo':
      void root.undo.redo();
      return;
    case 'newTeam':
      root.ui.setNewTeamOpen(true);
      return;
    case 'exportPlan': {
      const teamId = root.plan.view?.teamId;
      if (teamId) void root.exchange.exportTeam(teamId);
      return;
    }
    case 'importPlan':
      void bridge.openFile('plan').then((result) => {
        if (!result.ok) root.ui.notify('error', result.error.text);
        else if (result.value)
          void root.exchange.importFiles([
            { name: result.value.fileName, text: openedFileText(result.value.dataBase64) },
          ]);
      });
      return;
    case 'backupNow':
      void makeBackup(root).then((outcome) => root.ui.notify(outcome.ok ? 'info' : 'error', outcome.text));
      return;
    case 'restoreBackup':
      root.ui.setBackupsOpen(true);
      return;
  }
}
