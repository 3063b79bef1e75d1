import { observer } from 'mobx-react-lite';
import { LEVELS } from '../../shared/domain/levels.js';
import type { Requirement, TeamFunction } from '../../shared/domain/schemas.js';
import { setRequirementsCommand } from './functionCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { RemoveRowButton } from '../ui/RemoveRowButton.js';

/** Edits a function's requirements: competency, minimum level (with the scale's labels), how many people. */
export const RequirementEditor = observer(function RequirementEditor({ fn }: { fn: TeamFunction }) {
  const root = useStores();
  const { catalogue, ui } = root;
  const t = useT();
  const save = (requirements: Requirement[]) => void root.execute(setRequirementsCommand(root, fn.id, requirements));
  const change = (index: number, patch: Partial<Requirement>) =>
    save(fn.requirements.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const unused = catalogue.competencies.filter((c) => !fn.requirements.some((r) => r.competency === c.key));
  return (
    <div className="requirement-editor" data-testid="requirement-editor">
      <table className="table">
        <caption className="visually-hidden">
          {t('reqEditor.caption', { fn: catalogue.functionName(fn, ui.lang) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('reqEditor.competency')}</th>
            <th scope="col">{t('reqEditor.level')}</th>
            <th scope="col">{t('reqEditor.people')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fn.requirements.map((r, i) => (
            <tr key={r.competency}>
              <th scope="row">{catalogue.competencyName(r.competency, ui.lang)}</th>
              <td>
                <SelectField
                  label={t('reqEditor.levelOf', { competency: catalogue.competencyName(r.competency, ui.lang) })}
                  hideLabel
                  value={String(r.level)}
                  options={LEVELS.filter((l) => l.value > 0).map((l) => ({
                    id: String(l.value),
                    label: `${l.value} · ${t(l.label.key)}`,
                  }))}
                  onChange={(id) => change(i, { level: Number(id) })}
                />
              </td>
              <td>
                <SelectField
                  label={t('reqEditor.peopleOf', { competency: catalogue.competencyName(r.competency, ui.lang) })}
                  hideLabel
                  value={String(r.minPeople)}
                  options={[1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) }))}
                  onChange={(id) => change(i, { minPeople: Number(id) })}
                />
              </td>
              <td>
                <RemoveRowButton
                  label={t('reqEditor.remove', { competency: catalogue.competencyName(r.competency, ui.lang) })}
                  onRemove={() => save(fn.requirements.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 && (
        <SelectField
          label={t('reqEditor.add')}
          value={null}
          placeholder={t('reqEditor.choose')}
          options={unused.map((c) => ({ id: c.key, label: c.name[ui.lang] }))}
          onChange={(key) => save([...fn.requirements, { competency: key, level: 2, minPeople: 1 }])}
        />
      )}
    </div>
  );
});
