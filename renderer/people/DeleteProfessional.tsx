import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Professional } from '../../shared/domain/schemas.js';
import { listOf } from '../../shared/i18n/listOf.js';
import { errorText } from '../api/ApiClient.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { deleteProfessional } from './deleteProfessional.js';

/**
 * "Verwijderen (overal)": first reads which teams the person is in, so the question can say
 * which places go ("Daan Smit staat in 2 teams: ..."), with Annuleren as the safe choice.
 */
export const DeleteProfessional = observer(function DeleteProfessional({
  professional: p,
}: {
  professional: Professional;
}) {
  const root = useStores();
  const t = useT();
  /** The teams the person is in, once read: the question is open while this is set. */
  const [teams, setTeams] = useState<string[] | null>(null);
  const ask = () => {
    root.api
      .call('professionals.exportPersonalData', { id: p.id })
      .then((data) => setTeams([...new Set(data.assignments.map((a) => a.teamName))]))
      .catch((error: unknown) => root.ui.notify('error', errorText(error)));
  };
  const body =
    teams === null || teams.length === 0
      ? t('professionals.deleteBodyNoTeams', { name: p.name })
      : t('professionals.deleteBody', { name: p.name, count: teams.length, teams: listOf(teams) });
  return (
    <>
      <Button className="button-link danger" onPress={ask} data-testid="professional-delete">
        {t('professionals.delete')}
      </Button>
      <ConfirmDialog
        isOpen={teams !== null}
        onOpenChange={(open) => !open && setTeams(null)}
        title={t('professionals.deleteTitle', { name: p.name })}
        body={body}
        confirmLabel={t('professionals.deleteConfirm')}
        onConfirm={() => void deleteProfessional(root, p)}
        testId="professional-delete"
      />
    </>
  );
});
