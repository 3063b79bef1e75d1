import { observer } from 'mobx-react-lite';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import { LEVELS } from '../../shared/domain/levels.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { updateProfessionalCommand } from './professionalCommands.js';
import { listEdits } from '../app/listEdits.js';
import { useT } from '../i18n/useT.js';
import { message } from '../../shared/i18n/message.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { expertiseName } from '../ui/catalogueNames.js';
import { RemoveRowButton } from '../ui/RemoveRowButton.js';
import { DateInput } from '../ui/DateInput.js';

/**
 * The vakkennis a person brings: per expertise a level 1-4 in the scale's words (0 is
 * "not held", so it is simply not listed) and when it was last assessed. A newly added
 * expertise starts at level 2 with the person's own assessment date.
 */
export const HeldExpertiseEditor = observer(function HeldExpertiseEditor({
  id,
  name: personName,
  expertise: heldList,
  assessedOn: personAssessedOn,
}: Pick<Professional, 'id' | 'name' | 'expertise' | 'assessedOn'>) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const { save, change, changeField } = listEdits(root, heldList, (expertise) =>
    updateProfessionalCommand(root, id, { expertise }, message('edit.cmd.personExpertise', { name: personName })),
  );
  // A date typed in its field: the field says its value, the announcer keeps quiet (UndoStack).
  // Choosing a level, adding and removing are still announced.
  const changeDate = (index: number, assessedOn: string | null) => changeField(index, { assessedOn });
  const unused = EXPERTISE.filter((e) => !heldList.some((h) => h.key === e.key));
  return (
    <section className="held-expertise" aria-labelledby="held-expertise-title" data-testid="held-expertise">
      <h3 id="held-expertise-title">{t('edit.held.title')}</h3>
      {heldList.length === 0 ? (
        <p className="muted">{t('edit.held.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('edit.held.caption', { name: personName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('edit.held.column')}</th>
              <th scope="col">{t('edit.held.level')}</th>
              <th scope="col">{t('edit.held.assessedOn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {heldList.map((held, i) => {
              const name = expertiseName(held.key, lang);
              return (
                <tr key={held.key}>
                  <th scope="row">{name}</th>
                  <td>
                    <SelectField
                      label={t('edit.held.levelOf', { expertise: name })}
                      hideLabel
                      value={String(held.level)}
                      options={LEVELS.filter((l) => l.value > 0).map((l) => ({
                        id: String(l.value),
                        label: `${l.value} · ${t(l.label.key)}`,
                      }))}
                      onChange={(chosen) => Number(chosen) !== held.level && change(i, { level: Number(chosen) })}
                    />
                  </td>
                  <td>
                    <DateInput
                      label={t('edit.held.assessedOnOf', { expertise: name })}
                      hideLabel
                      value={held.assessedOn}
                      key={held.assessedOn ?? ''}
                      onCommit={(assessedOn) => changeDate(i, assessedOn)}
                    />
                  </td>
                  <td>
                    <RemoveRowButton
                      label={t('edit.held.remove', { expertise: name })}
                      onRemove={() => save(heldList.filter((_, j) => j !== i))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {unused.length > 0 && (
        <SelectField
          label={t('edit.held.add')}
          value={null}
          placeholder={t('edit.held.choose')}
          testId="add-held-expertise"
          options={unused.map((e) => ({ id: e.key, label: e.name[lang] }))}
          onChange={(key) => save([...heldList, { key, level: 2, assessedOn: personAssessedOn }])}
        />
      )}
    </section>
  );
});
