import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import type { Professional } from '../../../shared/domain/schemas.js';
import { errorText } from '../../api/ApiClient.js';
import { useStores } from '../../app/StoreContext.js';
import { useT } from '../../i18n/useT.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import '../people.css';
import { eraseProfessional } from './eraseProfessional.js';
import { downloadPersonalData } from './personalDataFile.js';
import { useBackupFolder } from './useBackupFolder.js';

/**
 * The personal-data rights (AVG/GDPR) for one professional: a copy of everything the
 * planner holds about them (inzage), and erasure everywhere after a confirmation that
 * says honestly what older backups still hold and for how long.
 */
export const PersonalDataSection = observer(function PersonalDataSection({
  professional: p,
}: {
  professional: Professional;
}) {
  const root = useStores();
  const t = useT();
  const folder = useBackupFolder();
  const download = () =>
    void downloadPersonalData(root.api, p.id, t).catch((error: unknown) => root.ui.notify('error', errorText(error)));
  return (
    <section className="panel personal-data" aria-labelledby="personal-data-title" data-testid="personal-data">
      <h3 id="personal-data-title">{t('people.privacy.title')}</h3>
      <p className="muted">{t('people.privacy.intro', { name: p.name })}</p>
      <div className="personal-data-actions">
        <Button className="button button-small" onPress={download} data-testid="personal-data-download">
          {t('people.privacy.download')}
        </Button>
        <p>{t('people.privacy.downloadHint')}</p>
        <ConfirmAction
          trigger={t('people.privacy.erase')}
          triggerClassName="button button-small button-danger"
          title={t('people.privacy.eraseTitle', { name: p.name })}
          body={t('people.privacy.eraseBody', {
            name: p.name,
            folder: folder
              ? t('people.privacy.backupFolder', { path: folder })
              : t('people.privacy.backupFolderUnknown'),
          })}
          confirmLabel={t('people.privacy.eraseConfirm')}
          onConfirm={() => void eraseProfessional(root, p.id, p.name)}
          testId="personal-data-erase"
        />
        <p>{t('people.privacy.eraseHint', { name: p.name })}</p>
      </div>
    </section>
  );
});
