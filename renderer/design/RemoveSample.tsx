import { observer } from 'mobx-react-lite';
import { useT } from '../i18n/useT.js';
import { removeSample } from '../app/removals.js';
import { useStores } from '../app/StoreContext.js';
import { ConfirmAction } from '../ui/ConfirmAction.js';

/**
 * For a team of the sample "Voorbeeldwijk": say so, and offer to remove the sample (its
 * teams and professionals) once the user starts on their own. Asks first: unlike other
 * edits this one cannot be undone from the screen (a backup can bring it back).
 */
export const RemoveSample = observer(function RemoveSample() {
  const root = useStores();
  const t = useT();
  const teamId = root.plan.openTeamId;
  if (!teamId || !root.teams.byId.get(teamId)?.isSample) return null;
  return (
    <div className="callout sample-note" data-testid="sample-note">
      <p>{t('sample.note')}</p>
      <ConfirmAction
        trigger={t('sample.remove')}
        title={t('sample.confirmTitle')}
        body={t('sample.confirmBody')}
        confirmLabel={t('sample.remove')}
        onConfirm={() => void removeSample(root)}
        testId="sample-remove"
      />
    </div>
  );
});
