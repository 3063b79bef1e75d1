import { MAX_PERSON_HOURS } from '../../shared/domain/hourLimits.js';
import { observer } from 'mobx-react-lite';
import { Input, Label, TextField } from 'react-aria-components';
import { DISCIPLINES } from '../../shared/catalogue/disciplines.js';
import { LEVELS } from '../../shared/domain/levels.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { setRatingCommand, updateProfessionalCommand } from './professionalCommands.js';
import { DeleteProfessional } from './DeleteProfessional.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { NumberInput } from '../ui/NumberInput.js';
import { DateInput } from '../ui/DateInput.js';
import type { NumberRule } from '../../shared/i18n/numberInput.js';
import { PersonalDataSection } from './privacy/PersonalDataSection.js';
import { HeldExpertiseEditor } from './HeldExpertiseEditor.js';
import { TeamRoleRatings } from './TeamRoleRatings.js';
import { DevelopmentAdvice } from '../development/DevelopmentAdvice.js';

const NOT_RATED = 'none';
/** A person works at most 60 hours a week (the schema's limit). */
const CONTRACT_HOURS: NumberRule = { min: 0, max: MAX_PERSON_HOURS };

/**
 * Details of one professional: who they are, their vakkennis with levels and dates, their
 * ratings per competency with the scale's labels, and their team roles.
 */
export const ProfessionalEditor = observer(function ProfessionalEditor({
  professional: p,
}: {
  professional: Professional;
}) {
  const root = useStores();
  const { catalogue, ui } = root;
  const t = useT();
  const lang = ui.lang;
  const update = (patch: Partial<Omit<Professional, 'id'>>) =>
    void root.execute(updateProfessionalCommand(root, p.id, patch));
  return (
    <article className="professional-editor" aria-labelledby="pe-title" data-testid="professional-editor">
      <header className="editor-header">
        <h2 id="pe-title">{p.name}</h2>
        <DeleteProfessional professional={p} />
      </header>
      <div className="form-grid">
        <TextField
          className="field"
          defaultValue={p.name}
          key={`n:${p.name}`}
          onBlur={(e) => {
            const v = (e.target as HTMLInputElement).value.trim();
            if (v && v !== p.name) update({ name: v });
          }}
        >
          <Label>{t('professionals.name')}</Label>
          <Input />
        </TextField>
        <SelectField
          label={t('pool.discipline')}
          value={p.discipline}
          options={DISCIPLINES.map((d) => ({ id: d.key, label: d.name[lang] }))}
          onChange={(discipline) => discipline !== p.discipline && update({ discipline })}
        />
        <TextField
          className="field"
          defaultValue={p.organisation}
          key={`o:${p.organisation}`}
          onBlur={(e) => {
            const v = (e.target as HTMLInputElement).value.trim();
            if (v !== p.organisation) update({ organisation: v });
          }}
        >
          <Label>{t('pool.organisation')}</Label>
          <Input />
        </TextField>
        <SelectField
          label={t('professionals.binding')}
          value={p.binding}
          options={[
            { id: 'hierarchical', label: t('binding.hierarchical') },
            { id: 'functional', label: t('binding.functional') },
          ]}
          onChange={(id) => id !== p.binding && update({ binding: id as Professional['binding'] })}
        />
        <NumberInput
          className="field field-narrow"
          label={t('professionals.contractHours')}
          value={p.contractHours}
          key={`h:${p.contractHours}`}
          rule={CONTRACT_HOURS}
          onCommit={(contractHours) => contractHours !== null && update({ contractHours })}
        />
        <DateInput
          className="field field-narrow"
          label={t('professionals.assessedOn')}
          value={p.assessedOn}
          key={`d:${p.assessedOn ?? ''}`}
          onCommit={(assessedOn) => update({ assessedOn })}
          testId="assessed-on"
        />
      </div>
      <HeldExpertiseEditor professional={p} />
      <h3>{t('professionals.ratings')}</h3>
      <table className="table ratings" data-testid="ratings">
        <thead>
          <tr>
            <th scope="col">{t('reqEditor.competency')}</th>
            <th scope="col">{t('professionals.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.competencies.map((c) => {
            const level = p.ratings[c.key];
            return (
              <tr key={c.key}>
                <th scope="row">
                  {c.name[lang]}
                  <span className="muted block">{c.description[lang]}</span>
                </th>
                <td>
                  <SelectField
                    label={t('professionals.ratingOf', { competency: c.name[lang] })}
                    hideLabel
                    value={level === undefined ? NOT_RATED : String(level)}
                    options={[
                      { id: NOT_RATED, label: t('professionals.notRated') },
                      ...LEVELS.map((l) => ({ id: String(l.value), label: `${l.value} · ${t(l.label.key)}` })),
                    ]}
                    onChange={(id) =>
                      void root.execute(setRatingCommand(root, p.id, c.key, id === NOT_RATED ? null : Number(id)))
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TeamRoleRatings professional={p} />
      <DevelopmentAdvice personId={p.id} personName={p.name} revision={JSON.stringify([p.ratings, p.expertise])} />
      <PersonalDataSection professional={p} />
    </article>
  );
});
