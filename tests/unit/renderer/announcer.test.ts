import { describe, expect, it } from 'vitest';
import { message, type Message } from '../../../shared/i18n/message.js';
import { translator } from '../../../shared/i18n/translator.js';
import { memoryStorage } from '../../../renderer/app/KeyValueStorage.js';
import { UiStore } from '../../../renderer/app/UiStore.js';
import { UndoStack } from '../../../renderer/app/UndoStack.js';

/** The end of the current task, when the announcer speaks. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the announcer', () => {
  it('says what each edit, undo and redo did, with the command’s label', async () => {
    const said: Message[] = [];
    const stack = new UndoStack(
      () => undefined,
      (text) => said.push(text),
    );
    const command = {
      label: message('cmd.functionRemove', { name: 'Toegang' }),
      run: async () => undefined,
      revert: async () => undefined,
    };
    await stack.execute(command);
    await stack.undo();
    await stack.redo();
    const { render } = translator('nl');
    expect(said.map(render)).toEqual([
      'Opgeslagen: Functie Toegang verwijderd',
      'Ongedaan gemaakt: Functie Toegang verwijderd',
      'Opnieuw gedaan: Functie Toegang verwijderd',
    ]);
  });

  it('keeps quiet about an edit typed in a field, but says its undo and redo', async () => {
    const said: Message[] = [];
    const stack = new UndoStack(
      () => undefined,
      (text) => said.push(text),
    );
    const typed = {
      label: message('cmd.professionalChange', { name: 'Bram Peeters' }),
      inField: true,
      run: async () => undefined,
      revert: async () => undefined,
    };
    expect(await stack.execute(typed)).toBe(true);
    // Saved and undoable, only not spoken over the field the user is in.
    expect(stack.canUndo).toBe(true);
    expect(said).toEqual([]);
    await stack.undo();
    await stack.redo();
    // A button's command after it is still heard.
    await stack.execute({
      label: message('cmd.functionRemove', { name: 'Toegang' }),
      run: async () => undefined,
      revert: async () => undefined,
    });
    const { render } = translator('nl');
    expect(said.map(render)).toEqual([
      'Ongedaan gemaakt: Gegevens van Bram Peeters',
      'Opnieuw gedaan: Gegevens van Bram Peeters',
      'Opgeslagen: Functie Toegang verwijderd',
    ]);
  });

  it('counts the same words twice as two announcements', async () => {
    const ui = new UiStore(memoryStorage());
    const text = message('undo.undone', { what: 'x' });
    ui.announce(text);
    await nextTask();
    ui.announce(text);
    await nextTask();
    expect(ui.announcement).toEqual({ count: 2, text });
  });

  it('stays silent when a confirmation toast for the same action comes before the task ends', async () => {
    const ui = new UiStore(memoryStorage());
    ui.announce(message('undo.saved', { what: 'x' }));
    await Promise.resolve();
    ui.notify('info', message('scenarios.adopted', { name: 'Plan B' }));
    await nextTask();
    expect(ui.announcement).toBeNull();
  });
});
