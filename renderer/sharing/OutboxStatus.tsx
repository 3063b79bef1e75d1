import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { formatMoment } from '../../shared/i18n/dateText.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import { timeAgo } from './timeAgo.js';
import { useFocusOutboxAfterwards } from './focusOutboxAfterwards.js';

/**
 * The outbox at a glance: how many publishes wait, when the last one was sent, since when
 * the server cannot be reached, and every publish that stopped (refused or in conflict)
 * with what the user can do about it. Nothing stopped is retried on its own.
 */
export const OutboxStatus = observer(function OutboxStatus() {
  const { sharing, teams, ui } = useStores();
  const { t, render } = useTranslator();
  const status = sharing.status;
  if (!status) return <p>{t('app.loading')}</p>;
  const now = new Date();
  const when = (iso: string) => formatMoment(ui.lang, iso);
  // The team's name now; a team deleted on this computer since is named as it was published.
  const teamName = (row: { teamId: string; teamName: string }) =>
    teams.teams.find((team) => team.id === row.teamId)?.name ?? row.teamName;
  const { connection } = status;
  return (
    <section className="sharing-outbox" aria-labelledby="sharing-outbox-title" data-testid="sharing-outbox">
      {/* Focusable from code: the focus lands here after a conflict is settled (ConflictCompare). */}
      <h3 id="sharing-outbox-title" tabIndex={-1}>
        {t('sharing.outbox.title')}
      </h3>
      <ul className="sharing-facts" role="status">
        <li data-testid="outbox-waiting">
          {sharing.waiting === 0
            ? t('sharing.outbox.nothingWaiting')
            : t('sharing.outbox.waiting', { count: sharing.waiting })}
        </li>
        <li>
          {connection.lastSentAt
            ? t('sharing.outbox.lastSent', { ago: render(timeAgo(connection.lastSentAt, now)) })
            : t('sharing.outbox.nothingSent')}
        </li>
        {connection.unreachableSince && (
          <li className="sharing-warning" data-testid="outbox-unreachable">
            {t('sharing.outbox.unreachableSince', { when: when(connection.unreachableSince) })}
            {connection.lastError && <> {t('sharing.outbox.reason', { reason: render(connection.lastError) })}</>}
          </li>
        )}
      </ul>
      {connection.unreachableSince && sharing.waiting > 0 && <SendNow />}
      {/* The connection was removed with publications still waiting: they stay, but go nowhere until one is set. */}
      {!status.configured && sharing.waiting > 0 && (
        <p className="sharing-warning" data-testid="outbox-no-connection">
          {t('sharing.outbox.noConnection')}
        </p>
      )}
      <p role="status" className="sharing-said" data-testid="outbox-said">
        {sharing.said?.kind === 'info' && render(sharing.said.text)}
      </p>
      <p role="alert" className="sharing-said field-error">
        {sharing.said?.kind === 'error' && render(sharing.said.text)}
      </p>
      {sharing.stopped.length > 0 && (
        <table className="table" data-testid="outbox-stopped">
          <thead>
            <tr>
              <th scope="col">{t('sharing.outbox.team')}</th>
              <th scope="col">{t('sharing.outbox.queuedAt')}</th>
              <th scope="col">{t('sharing.outbox.why')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sharing.stopped.map((row) => (
              <tr key={row.publishId} data-testid="outbox-row" data-state={row.state}>
                <td>{teamName(row)}</td>
                <td>{when(row.queuedAt)}</td>
                <td>
                  {row.state === 'conflict' && row.theirs
                    ? t('sharing.outbox.conflict', { by: row.theirs.publishedBy, version: row.theirs.version })
                    : row.lastError
                      ? render(row.lastError)
                      : t('sharing.outbox.refused')}
                </td>
                <td className="sharing-actions">
                  {row.state === 'conflict' ? (
                    <Button
                      className="button button-small"
                      onPress={() => void sharing.showConflict(row.publishId)}
                      data-testid="outbox-compare"
                    >
                      {t('sharing.outbox.compare')}
                    </Button>
                  ) : (
                    <Button
                      className="button button-small"
                      onPress={() => void sharing.retry(row.publishId)}
                      data-testid="outbox-retry"
                    >
                      {t('sharing.outbox.retry')}
                    </Button>
                  )}
                  <Button
                    className="button button-small button-quiet"
                    onPress={() => void sharing.discard(row.publishId)}
                    data-testid="outbox-discard"
                  >
                    {t('sharing.outbox.discard')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});

/**
 * "Nu opnieuw proberen": the drain waits up to 5 minutes between tries after the server was
 * away, and the user may know it is back sooner. Gone once nothing waits or the server answers.
 */
const SendNow = observer(function SendNow() {
  const { sharing } = useStores();
  const { t } = useTranslator();
  useFocusOutboxAfterwards();
  // aria-disabled, not isDisabled: a disabled button drops the focus of whoever pressed it.
  return (
    <Button
      className="button"
      aria-disabled={sharing.busy}
      onPress={() => !sharing.busy && void sharing.sendNow()}
      data-testid="outbox-send-now"
    >
      {t('sharing.outbox.sendNow')}
    </Button>
  );
});
