import { observer } from 'mobx-react-lite';
import { useT } from '../i18n/useT.js';
import { removeTeam } from '../app/removals.js';
import { useStores } from '../app/StoreContext.js';
import { ConfirmAction } from '../ui/ConfirmAction.js';

/** The end of the team design screen: remove the whole team, after a question and a backup. */
export const RemoveTeam = observer(function RemoveTeam() {
  const root = useStores();
  const t = useT();
  const team = root.plan.openTeam;
  if (!team) return null;
  return (
    <section className="danger-zone" aria-labelledby="remove-team-title">
      <h2 id="remove-team-title">{t('team.removeTitle')}</h2>
      <p className="muted">{t('team.removeHelp')}</p>
      <ConfirmAction
        trigger={t('team.remove')}
        triggerClassName="button button-danger"
        title={t('team.removeConfirmTitle', { team: team.name })}
        body={t('team.removeConfirmBody')}
        confirmLabel={t('team.remove')}
        onConfirm={() => void removeTeam(root, team.id)}
        testId="team-remove"
      />
    </section>
  );
});
