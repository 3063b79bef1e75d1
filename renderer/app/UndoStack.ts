import { action, computed, makeObservable, observable, observableShallow } from 'mobx';
import { message, type Message } from '../../shared/i18n/message.js';

/**
 * One user edit as an object that can be done, undone and redone. `run` applies the
 * edit optimistically and saves it through the API; it rejects (after rolling back its
 * own optimistic change) when the store refused.
 */
export interface Command {
  /** What the undo and redo buttons name; rendered when shown, so it follows a language switch. */
  label: Message;
  /**
   * Made by typing in a text, number or date field (a name, hours, a day): saving it is not announced,
   * since a screen reader would speak it while the user is still in that field, which says
   * its own value. Undo and redo of it are announced: they happen elsewhere.
   */
  inField?: boolean;
  run(): Promise<void>;
  revert(): Promise<void>;
}

/** The same edit, marked as made in a field (`Command.inField`), for the field's own save. */
export function editedInField(command: Command): Command {
  return { ...command, inField: true };
}

type CommandErrorHandler = (error: unknown) => void;
/** Tells a screen reader what was done (`UiStore.announce`). */
type Announce = (text: Message) => void;

/**
 * Undo/redo of every edit. Commands run one after another (a queue), so an undo never
 * overtakes the save it undoes and a rollback never races a later edit. Each edit, undo
 * and redo that succeeds is announced with the command's own label ("Ongedaan gemaakt:
 * ..."), so a screen reader hears what happened wherever the edit was made; an edit made
 * in a field (`inField`) only when undone or redone.
 */
export class UndoStack {
  done: Command[] = [];
  undone: Command[] = [];
  busy = false;
  /** Counts every edit done, undone or redone: screens that show saved data (HR) read it again when it moves. */
  revision = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly onError: CommandErrorHandler,
    private readonly announce: Announce = () => undefined,
    private readonly limit = 200,
  ) {
    makeObservable<UndoStack, 'settle'>(this, {
      done: observableShallow,
      undone: observableShallow,
      busy: observable,
      revision: observable,
      canUndo: computed,
      canRedo: computed,
      nextUndo: computed,
      nextRedo: computed,
      settle: action,
      clear: action,
    });
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  get nextUndo(): Message | null {
    return this.done.at(-1)?.label ?? null;
  }
  get nextRedo(): Message | null {
    return this.undone.at(-1)?.label ?? null;
  }

  /** Performs a new edit; on success it becomes undoable and the redo list is dropped. Resolves true when saved. */
  execute(command: Command): Promise<boolean> {
    return this.enqueue(async () => {
      await command.run();
      this.settle(() => {
        this.done.push(command);
        if (this.done.length > this.limit) this.done.shift();
        this.undone = [];
        this.revision += 1;
      });
      if (!command.inField) this.announce(message('undo.saved', { what: command.label }));
    });
  }

  undo(): Promise<boolean> {
    return this.enqueue(async () => {
      const command = this.done.at(-1);
      if (!command) return;
      await command.revert();
      this.settle(() => {
        this.done.pop();
        this.undone.push(command);
        this.revision += 1;
      });
      this.announce(message('undo.undone', { what: command.label }));
    });
  }

  redo(): Promise<boolean> {
    return this.enqueue(async () => {
      const command = this.undone.at(-1);
      if (!command) return;
      await command.run();
      this.settle(() => {
        this.undone.pop();
        this.done.push(command);
        this.revision += 1;
      });
      this.announce(message('undo.redone', { what: command.label }));
    });
  }

  /** Forget history, e.g. when another team is opened: its edits cannot be undone from here. */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  /** Resolves when every queued edit has finished; tests and the bench wait on this. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private settle(change: () => void): void {
    change();
  }

  private enqueue(work: () => Promise<void>): Promise<boolean> {
    const next = this.queue.then(async () => {
      this.settle(() => (this.busy = true));
      try {
        await work();
        return true;
      } catch (error) {
        this.onError(error);
        return false;
      } finally {
        this.settle(() => (this.busy = false));
      }
    });
    this.queue = next;
    return next;
  }
}
