import { observer } from 'mobx-react-lite';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import { LEVELS } from '../../shared/domain/levels.js';
import type { HeldExpertise, Professional } from '../../shared/domain/schemas.js';
import { updateProfessionalCommand } from './professionalCommands.js';
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
  professional: p,
}: {
  professional: Professional;
}) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const save = (expertise: HeldExpertise[]) =>
    void root.execute(
      updateProfessionalCommand(root, p.id, { expertise }, message('edit.cmd.personExpertise', { name: p.name })),
    );
  const change = (index: number, patch: Partial<HeldExpertise>) =>
    save(p.expertise.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const unused = EXPERTISE.filter((e) => !p.expertise.some((h) => h.key === e.key));
  return (
    <section className="held-expertise" aria-labelledby="held-expertise-title" data-testid="held-expertise">
      <h3 id="held-expertise-title">{t('edit.held.title')}</h3>
      {p.expertise.length === 0 ? (
        <p className="muted">{t('edit.held.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('edit.held.caption', { name: p.name })}</caption>
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
            {p.expertise.map((held, i) => {
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
                      onChange={(id) => Number(id) !== held.level && change(i, { level: Number(id) })}
                    />
                  </td>
                  <td>
                    <DateInput
                      label={t('edit.held.assessedOnOf', { expertise: name })}
                      hideLabel
                      value={held.assessedOn}
                      key={held.assessedOn ?? ''}
                      onCommit={(assessedOn) => change(i, { assessedOn })}
                    />
                  </td>
                  <td>
                    <RemoveRowButton
                      label={t('edit.held.remove', { expertise: name })}
                      onRemove={() => save(p.expertise.filter((_, j) => j !== i))}
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
          onChange={(key) => save([...p.expertise, { key, level: 2, assessedOn: p.assessedOn }])}
        />
      )}
    </section>
  );
});
