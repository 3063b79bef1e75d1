import type { Team } from '../../shared/domain/schemas.js';
import { editedInField } from '../app/UndoStack.js';
import { useStores } from '../app/StoreContext.js';
import { updateTeamCommand } from './teamCommands.js';

/** The team's fields that are lists of rows edited in place (the voorliggend veld, the consultations). */
type ListField = 'frontField' | 'consultations';

/**
 * The edits of one of the team's lists, each one undoable command: `save` the whole list (add,
 * remove), `change` one row by a choice, `changeField` one row by a typed field. Typed in a
 * field: the field says its value and the announcer keeps quiet (UndoStack); choices and the
 * add and remove buttons are still announced (docs/ui.md).
 */
export function useTeamListEdits<K extends ListField>(team: Team, field: K) {
  const root = useStores();
  type Row = Team[K][number];
  const save = (rows: Row[], inField = false) => {
    const command = updateTeamCommand(root, team.id, { [field]: rows });
    void root.execute(inField ? editedInField(command) : command);
  };
  const change = (index: number, patch: Partial<Row>, inField = false) =>
    save(
      (team[field] as Row[]).map((row, i) => (i === index ? { ...row, ...patch } : row)),
      inField,
    );
  const changeField = (index: number, patch: Partial<Row>) => change(index, patch, true);
  return { save, change, changeField };
}
