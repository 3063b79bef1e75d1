import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';

/** What the store had to do on opening (e.g. a damaged file moved aside), with the way back to a backup. */
export const StartupNotice = observer(function StartupNotice() {
  const { ui, notice } = useStores();
  const t = useT();
  if (!notice) return null;
  return (
    <div className="notice" role="alert" data-testid="startup-notice">
      <p>{t(notice.text.key, notice.text.params)}</p>
      {notice.latestBackupId && (
        <Button className="button button-primary" onPress={() => ui.setBackupsOpen(true)}>
          {t('backups.choose')}
        </Button>
      )}
    </div>
  );
});
