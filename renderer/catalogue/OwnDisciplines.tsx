import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { MAX_DISCIPLINE_LENGTH, disciplineName } from '../../shared/catalogue/disciplines.js';
import { disciplineRename, isOwnDiscipline, ownDisciplineUses } from '../../shared/catalogue/ownDisciplines.js';
import { renameDisciplineCommand } from '../people/professionalCommands.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import './catalogue.css';

/**
 * The disciplines of the municipality's own that people have (shared/catalogue/ownDisciplines.ts),
 * each with its number of people, and a rename for everyone at once: a typo typed for thirty
 * people is corrected once, not person by person. A name in use already merges the two, and
 * the form says so before it is done.
 */
export const OwnDisciplines = observer(function OwnDisciplines() {
  const root = useStores();
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  // Where the focus goes once the form closes: the row of this discipline, or the heading when it has none.
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLElement>());
  const uses = ownDisciplineUses(root.professionals.list.map((p) => p.discipline));
  useEffect(() => {
    if (focusOn === null) return;
    (buttons.current.get(focusOn) ?? heading.current)?.focus();
    setFocusOn(null);
  }, [focusOn]);
  const close = (focus: string) => {
    setEditing(null);
    setFocusOn(focus);
  };
  return (
    <section aria-labelledby="cat-own-disciplines-title" className="own-disciplines" data-testid="own-disciplines">
      <h2 id="cat-own-disciplines-title" ref={heading} tabIndex={-1}>
        {t('ownDisciplines.title')}
      </h2>
      {!root.peopleLoaded ? null : uses.length === 0 ? (
        <p className="hint" data-testid="own-disciplines-empty">
          {t('ownDisciplines.empty')}
        </p>
      ) : (
        <>
          <p className="hint">{t('ownDisciplines.intro')}</p>
          <ul className="plain-list">
            {uses.map(({ discipline, people }) =>
              editing === discipline ? (
                <RenameForm key={discipline} from={discipline} onClose={close} />
              ) : (
                <li key={discipline} className="catalogue-item own-discipline" data-testid="own-discipline">
                  <div>
                    <strong>{discipline}</strong>{' '}
                    <span className="muted">{t('ownDisciplines.people', { count: people })}</span>
                  </div>
                  <Button
                    className="button-link"
                    ref={(button) => {
                      if (button) buttons.current.set(discipline, button);
                      else buttons.current.delete(discipline);
                    }}
                    aria-label={t('ownDisciplines.renameLabel', { name: discipline })}
                    onPress={() => setEditing(discipline)}
                  >
                    {t('ownDisciplines.rename')}
                  </Button>
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
});

/**
 * The new name of one own discipline, in place of its row. What saving will do is said under
 * the field as it is typed (a merge names it, and the button says "Samenvoegen"); Enter
 * saves, Escape or Annuleren closes the form and changes nothing.
 */
const RenameForm = observer(function RenameForm({
  from,
  onClose,
}: {
  from: string;
  /** Called with the discipline whose row takes the focus. */
  onClose: (focus: string) => void;
}) {
  const root = useStores();
  const t = useT();
  const [text, setText] = useState(from);
  // While the store renames, a second Enter would send the same rename again.
  const [saving, setSaving] = useState(false);
  const outcome = disciplineRename(from, text, root.professionals.peoplePerDiscipline);
  const to = 'to' in outcome ? disciplineName(outcome.to, root.ui.lang) : '';
  const note =
    outcome.kind === 'blank'
      ? t('ownDisciplines.blank')
      : outcome.kind === 'unchanged'
        ? t('ownDisciplines.unchanged')
        : outcome.kind === 'merge'
          ? t('ownDisciplines.mergeNote', { count: outcome.people, to })
          : t('ownDisciplines.renameNote', { count: outcome.people, to });
  const canSave = (outcome.kind === 'rename' || outcome.kind === 'merge') && !saving;
  const save = () => {
    if (!canSave) return;
    const target = outcome.to;
    setSaving(true);
    // A refusal keeps the form open with what was typed; the toast says why.
    void root.execute(renameDisciplineCommand(root, from, text)).then((saved) => {
      if (saved) onClose(isOwnDiscipline(target) ? target : '');
      else setSaving(false);
    });
  };
  return (
    <li
      className="catalogue-item own-discipline"
      data-testid="own-discipline-rename"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose(from);
      }}
    >
      <Form
        className="own-discipline-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextField
          className="field"
          value={text}
          onChange={setText}
          maxLength={MAX_DISCIPLINE_LENGTH}
          // The form opens on the user's own press of Hernoemen: the field is what they came for.
          autoFocus
        >
          <Label>{t('ownDisciplines.newName', { name: from })}</Label>
          <Input data-testid="own-discipline-name" />
          <Text
            slot="description"
            className={outcome.kind === 'merge' ? 'field-warning' : 'hint'}
            data-testid="own-discipline-outcome"
            aria-live="polite"
          >
            {note}
          </Text>
        </TextField>
        <div className="own-discipline-actions">
          <Button type="submit" className="button button-primary" isDisabled={!canSave}>
            {outcome.kind === 'merge' ? t('ownDisciplines.merge') : t('ownDisciplines.rename')}
          </Button>
          <Button className="button button-quiet" onPress={() => onClose(from)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </li>
  );
});
