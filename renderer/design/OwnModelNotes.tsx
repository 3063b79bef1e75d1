import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { TEAM_MODEL_INFO } from '../../shared/catalogue/teamDesign.js';
import type { Team } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

type Side = 'pros' | 'cons';

/**
 * The team's own pros and cons of its model, for every model: where the sources give
 * none they are all there is, elsewhere they add to the sources. Each one is marked
 * "Eigen notitie" so nobody mistakes it for a sourced statement.
 */
export const OwnModelNotes = observer(function OwnModelNotes({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const notes = team.ownModelNotes;
  const save = (next: Team['ownModelNotes']) =>
    void root.execute(updateTeamCommand(root, team.id, { ownModelNotes: next }));
  const add = (side: Side, text: string) => save({ ...notes, [side]: [...notes[side], text] });
  const remove = (side: Side, index: number) => save({ ...notes, [side]: notes[side].filter((_, i) => i !== index) });
  return (
    <section className="own-notes" aria-labelledby="own-notes-title" data-testid="own-model-notes">
      <h3 id="own-notes-title">{t('designScreen.own.title')}</h3>
      {TEAM_MODEL_INFO[team.model].noneInSources && <p className="muted">{t('designScreen.own.invitation')}</p>}
      <OwnList
        side="pros"
        title={t('designScreen.own.pros')}
        newLabel={t('designScreen.own.newPro')}
        items={notes.pros}
        onAdd={add}
        onRemove={remove}
      />
      <OwnList
        side="cons"
        title={t('designScreen.own.cons')}
        newLabel={t('designScreen.own.newCon')}
        items={notes.cons}
        onAdd={add}
        onRemove={remove}
      />
    </section>
  );
});

function OwnList({
  side,
  title,
  newLabel,
  items,
  onAdd,
  onRemove,
}: {
  side: Side;
  title: string;
  newLabel: string;
  items: readonly string[];
  onAdd: (side: Side, text: string) => void;
  onRemove: (side: Side, index: number) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState('');
  return (
    <div className="own-list" data-testid={`own-${side}`}>
      <h4>{title}</h4>
      {items.length > 0 && (
        <ul>
          {items.map((text, index) => (
            <li key={`${index}:${text}`} className="own-note">
              <span className="tag tag-own">{t('designScreen.own.label')}</span> {text}{' '}
              <Button
                className="button button-small button-quiet"
                onPress={() => onRemove(side, index)}
                aria-label={t('designScreen.own.removeLabel', { text })}
              >
                {t('designScreen.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form
        className="inline-add"
        onSubmit={(event) => {
          event.preventDefault();
          const text = draft.trim();
          if (text === '') return;
          onAdd(side, text);
          setDraft('');
        }}
      >
        <TextField className="field" value={draft} onChange={setDraft}>
          <Label>{newLabel}</Label>
          <Input data-testid={`own-${side}-new`} />
        </TextField>
        <Button className="button button-small" type="submit" isDisabled={draft.trim() === ''}>
          {t('designScreen.add')}
        </Button>
      </Form>
    </div>
  );
}
