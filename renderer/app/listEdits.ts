import { editedInField, type Command } from './UndoStack.js';

/**
 * The edits of a list of rows saved whole as one undoable command (`commandFor`): `save` the
 * whole list (add, remove), `change` one row by a choice, `changeField` one row by a typed
 * field. Typed in a field: the field says its value and the announcer keeps quiet
 * (UndoStack); choices and the add and remove buttons are still announced (docs/ui.md).
 * Used by the voorliggend veld, the consultations and a person's vakkennis.
 */
export function listEdits<Row>(
  root: { execute(command: Command): Promise<boolean> },
  rows: readonly Row[],
  commandFor: (rows: Row[]) => Command,
) {
  const save = (next: Row[], inField = false) => {
    const command = commandFor(next);
    void root.execute(inField ? editedInField(command) : command);
  };
  const change = (index: number, patch: Partial<Row>, inField = false) =>
    save(
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      inField,
    );
  const changeField = (index: number, patch: Partial<Row>) => change(index, patch, true);
  return { save, change, changeField };
}
