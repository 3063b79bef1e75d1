import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { ComboBox, FieldError, Input, Label, Text } from 'react-aria-components';
import { MAX_DISCIPLINE_LENGTH, disciplineName } from '../../shared/catalogue/disciplines.js';
import { disciplineFromText, disciplineOptions, isOwnDiscipline } from '../../shared/catalogue/ownDisciplines.js';
import { containsSearch } from '../../shared/i18n/searchText.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { PickerOptions, PickerShowAllButton } from '../ui/pickerParts.js';

/**
 * A professional's discipline: one of the catalogue's, one of the municipality's own that
 * the pool already has, or a new one typed in (a buurtsportcoach, an ervaringsdeskundige).
 * Typing narrows the list with the app's one search rule; what stands in the field is saved
 * when the field is left, as the name and organisation beside it are, and a typed name that
 * is a catalogued discipline ("maatschappelijk werker") or an own one written otherwise is
 * stored as that one (ownDisciplines.ts). An empty field is not saved and says why. Give it
 * a `key` of the stored discipline: after a save or an undo it starts again from it; the
 * person's own discipline typed otherwise goes back to its stored name when left.
 */
export const DisciplineField = observer(function DisciplineField({
  discipline,
  onSave,
}: {
  discipline: string;
  onSave: (discipline: string) => void;
}) {
  const { professionals, ui } = useStores();
  const t = useT();
  const lang = ui.lang;
  const [text, setText] = useState(() => disciplineName(discipline, lang));
  const [blank, setBlank] = useState(false);
  const inUse = professionals.disciplines;
  // Null only for an empty field: the input takes no more than the store keeps.
  const typed = disciplineFromText(text, inUse);
  const isNew = typed !== null && isOwnDiscipline(typed) && !inUse.includes(typed);
  const save = () => {
    setBlank(typed === null);
    if (typed !== null && typed !== discipline) onSave(typed);
    // The person's own discipline typed otherwise ("  maatschappelijk werker "): nothing to save,
    // so no new key starts the field again; it shows the stored name, as a save would.
    else if (typed === discipline) setText(disciplineName(discipline, lang));
  };
  return (
    <ComboBox
      className="field search-picker discipline-field"
      defaultItems={disciplineOptions(lang, inUse)}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (value.trim() !== '') setBlank(false);
      }}
      defaultFilter={containsSearch}
      allowsCustomValue
      onBlur={save}
      isInvalid={blank}
      data-testid="professional-discipline"
    >
      <Label>{t('pool.discipline')}</Label>
      <div className="search-picker-box">
        <Input className="search-picker-input" maxLength={MAX_DISCIPLINE_LENGTH} />
        <PickerShowAllButton label={t('professionals.disciplineAll')} />
      </div>
      {isNew ? (
        <Text slot="description" className="field-warning">
          {t('professionals.disciplineNew', { name: typed })}
        </Text>
      ) : null}
      <FieldError className="field-error">{t('professionals.disciplineRequired')}</FieldError>
      {/* No match closes the list: the line under the field says what leaving it will store. */}
      <PickerOptions />
    </ComboBox>
  );
});
