import { observer } from 'mobx-react-lite';
import { Input, Label, TextField } from 'react-aria-components';
import { CONTRACT_HOURS_RULE } from '../../shared/domain/hourRules.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { updateProfessionalCommand } from './professionalCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { NumberInput } from '../ui/NumberInput.js';
import { DateInput } from '../ui/DateInput.js';
import { PersonNameField } from './PersonNameField.js';
import { DisciplineField } from './DisciplineField.js';

type Details = Pick<
  Professional,
  'id' | 'name' | 'discipline' | 'organisation' | 'binding' | 'contractHours' | 'assessedOn'
>;

/**
 * Who a professional is: name, discipline, organisation, binding, contract hours and the
 * date of their assessment. Its props are those values themselves, so a change of a rating
 * or vakkennis does not render these fields (and the date's segments) again.
 */
export const PersonDetails = observer(function PersonDetails({
  id,
  name,
  discipline,
  organisation,
  binding,
  contractHours,
  assessedOn,
}: Details) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const update = (patch: Partial<Omit<Professional, 'id'>>) =>
    void root.execute(updateProfessionalCommand(root, id, patch));
  // Typed in a field: the field says its value, the announcer keeps quiet (UndoStack).
  const updateField = (patch: Partial<Omit<Professional, 'id'>>) =>
    void root.execute(editedInField(updateProfessionalCommand(root, id, patch)));
  return (
    <div className="form-grid">
      <PersonNameField id={id} name={name} key={`n:${name}`} onSave={(next) => updateField({ name: next })} />
      <DisciplineField
        discipline={discipline}
        key={`c:${discipline}:${lang}`}
        onSave={(chosen) => updateField({ discipline: chosen })}
      />
      <TextField
        className="field"
        defaultValue={organisation}
        key={`o:${organisation}`}
        onBlur={(e) => {
          const v = (e.target as HTMLInputElement).value.trim();
          if (v !== organisation) updateField({ organisation: v });
        }}
      >
        <Label>{t('pool.organisation')}</Label>
        <Input />
      </TextField>
      <SelectField
        label={t('professionals.binding')}
        value={binding}
        options={[
          { id: 'hierarchical', label: t('binding.hierarchical') },
          { id: 'functional', label: t('binding.functional') },
        ]}
        onChange={(chosen) => chosen !== binding && update({ binding: chosen as Professional['binding'] })}
      />
      <NumberInput
        className="field field-narrow"
        label={t('professionals.contractHours')}
        value={contractHours}
        key={`h:${contractHours}`}
        rule={CONTRACT_HOURS_RULE}
        onCommit={(hours) => hours !== null && updateField({ contractHours: hours })}
      />
      <DateInput
        className="field field-narrow"
        label={t('professionals.assessedOn')}
        value={assessedOn}
        key={`d:${assessedOn ?? ''}`}
        onCommit={(date) => updateField({ assessedOn: date })}
        testId="assessed-on"
      />
    </div>
  );
});
