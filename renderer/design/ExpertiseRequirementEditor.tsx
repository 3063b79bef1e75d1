import { observer } from 'mobx-react-lite';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import { EXPERTISE_SCOPES, EXPERTISE_SCOPE_INFO } from '../../shared/catalogue/teamDesign.js';
import { LEVELS } from '../../shared/domain/levels.js';
import type { ExpertiseRequirement, TeamFunction } from '../../shared/domain/schemas.js';
import { functionLabelName, updateFunctionCommand } from './functionCommands.js';
import { useT } from '../i18n/useT.js';
import { message } from '../../shared/i18n/message.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { expertiseName } from '../ui/catalogueNames.js';
import { RemoveRowButton } from '../ui/RemoveRowButton.js';

/**
 * The vakkennis a function asks for, as rows like its competency requirements: which
 * expertise, the minimum level (the scale's words), how many people, and whether it must
 * sit among the function's own members or anywhere in the team. Each expertise once: the
 * add list offers only the ones not asked yet, and the store refuses a duplicate in Dutch.
 */
export const ExpertiseRequirementEditor = observer(function ExpertiseRequirementEditor({ fn }: { fn: TeamFunction }) {
  const root = useStores();
  const { catalogue, ui } = root;
  const t = useT();
  const lang = ui.lang;
  const save = (expertise: ExpertiseRequirement[]) =>
    void root.execute(
      updateFunctionCommand(
        root,
        fn.id,
        { expertise },
        message('edit.cmd.fnExpertise', { name: functionLabelName(root, fn) }),
      ),
    );
  const change = (index: number, patch: Partial<ExpertiseRequirement>) =>
    save(fn.expertise.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const unused = EXPERTISE.filter((e) => !fn.expertise.some((r) => r.expertise === e.key));
  return (
    <div className="expertise-editor" data-testid="expertise-requirements">
      <h4>{t('edit.expertise.title')}</h4>
      <p className="hint">{t('edit.expertise.intro')}</p>
      {fn.expertise.length === 0 ? (
        <p className="muted">{t('edit.expertise.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">
            {t('edit.expertise.caption', { fn: catalogue.functionName(fn, lang) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('edit.expertise.column')}</th>
              <th scope="col">{t('edit.expertise.level')}</th>
              <th scope="col">{t('edit.expertise.people')}</th>
              <th scope="col">{t('edit.expertise.scope')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fn.expertise.map((r, i) => {
              const name = expertiseName(r.expertise, lang);
              return (
                <tr key={r.expertise}>
                  <th scope="row">{name}</th>
                  <td>
                    <SelectField
                      label={t('edit.expertise.levelOf', { expertise: name })}
                      hideLabel
                      value={String(r.level)}
                      options={LEVELS.map((l) => ({ id: String(l.value), label: `${l.value} · ${t(l.label.key)}` }))}
                      onChange={(id) => change(i, { level: Number(id) })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={t('edit.expertise.peopleOf', { expertise: name })}
                      hideLabel
                      value={String(r.minPeople)}
                      options={[1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) }))}
                      onChange={(id) => change(i, { minPeople: Number(id) })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={t('edit.expertise.scopeOf', { expertise: name })}
                      hideLabel
                      value={r.scope}
                      options={EXPERTISE_SCOPES.map((s) => ({ id: s, label: EXPERTISE_SCOPE_INFO[s].name[lang] }))}
                      onChange={(id) => change(i, { scope: id === 'team' ? 'team' : 'function' })}
                    />
                  </td>
                  <td>
                    <RemoveRowButton
                      label={t('edit.expertise.remove', { expertise: name })}
                      onRemove={() => save(fn.expertise.filter((_, j) => j !== i))}
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
          label={t('edit.expertise.add')}
          value={null}
          placeholder={t('edit.expertise.choose')}
          testId="add-expertise-requirement"
          options={unused.map((e) => ({ id: e.key, label: e.name[lang] }))}
          // A new row asks for one competent person in this function, like a new competency requirement.
          onChange={(key) => save([...fn.expertise, { expertise: key, level: 2, minPeople: 1, scope: 'function' }])}
        />
      )}
    </div>
  );
});
