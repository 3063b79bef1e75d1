import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';

/**
 * "Publiceren" for the open team, in the team design's header, with one line saying where
 * the team stands: waiting in the outbox, published as version n, or stopped and waiting
 * for the user (which opens the shared-database dialog). Without a configured shared
 * database it offers the settings instead.
 */
export const PublishTeam = observer(function PublishTeam() {
  const { sharing, plan } = useStores();
  const t = useT();
  useEffect(() => sharing.watch(), [sharing]);
  // The open team's and scenario's ids, not the plan: an edit of the team does not render this again.
  const teamId = plan.openTeamId;
  const scenarioId = plan.openScenarioId;
  if (!teamId || !scenarioId || !sharing.status) return null;
  if (!sharing.status.configured) {
    return (
      <div className="publish-team" data-testid="publish-team">
        <Button className="button button-quiet" onPress={() => sharing.setDialogOpen(true)}>
          {t('sharing.setUp')}
        </Button>
      </div>
    );
  }
  const rows = sharing.rowsOf(teamId);
  const waiting = rows.filter((row) => row.state === 'pending').length;
  const stopped = rows.filter((row) => row.state !== 'pending').length;
  const version = sharing.sharedVersionOf(teamId);
  let line: string;
  if (stopped > 0) line = t('sharing.team.stopped', { count: stopped });
  else if (waiting > 0) line = t('sharing.team.waiting', { count: waiting });
  else if (version !== null) line = t('sharing.team.published', { version });
  else line = t('sharing.team.never');
  return (
    <div className="publish-team" data-testid="publish-team">
      <Button
        className="button button-primary"
        isDisabled={sharing.busy}
        onPress={() => void sharing.publish(scenarioId)}
        data-testid="publish-team-button"
      >
        {t('sharing.publish')}
      </Button>
      <span className="muted" role="status" data-testid="publish-team-state">
        {line}
      </span>
      <Button className="button button-quiet" onPress={() => sharing.setDialogOpen(true)} data-testid="open-outbox">
        {t('sharing.openOutbox')}
      </Button>
    </div>
  );
});
