import { observer } from 'mobx-react-lite';
import { Input, Label, TextField } from 'react-aria-components';
import type { Team } from '../../shared/domain/schemas.js';
import { editedInField } from '../app/UndoStack.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { updateTeamCommand } from './teamCommands.js';
import { TeamNameField } from './TeamNameField.js';

/**
 * The team's name and area, saved when a field is left. An observer of its own that reads
 * only these two fields of the open team, so a choice elsewhere on the screen leaves it be.
 * Each field is keyed by its stored value, so it starts again from it after a save or undo.
 */
export const DesignBasics = observer(function DesignBasics({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  // Typed in a field: the field says its value, the announcer keeps quiet (UndoStack).
  const saveField = (patch: Parameters<typeof updateTeamCommand>[2]) =>
    void root.execute(editedInField(updateTeamCommand(root, team.id, patch)));
  return (
    <fieldset className="design-basics">
      <legend>
        <h2 className="legend-heading">{t('design.basics')}</h2>
      </legend>
      <TeamNameField id={team.id} name={team.name} key={`name:${team.name}`} onSave={(name) => saveField({ name })} />
      <TextField
        className="field"
        defaultValue={team.area}
        key={`area:${team.area}`}
        onBlur={(e) => {
          const value = (e.target as HTMLInputElement).value.trim();
          if (value !== team.area) saveField({ area: value });
        }}
      >
        <Label>{t('design.area')}</Label>
        <Input />
      </TextField>
    </fieldset>
  );
});
