import { action, makeObservable, observable, observableRef, observableShallow } from 'mobx';
import type { Lang } from '../../shared/domain/text.js';
import type { Message } from '../../shared/i18n/message.js';
import type { KeyValueStorage } from './KeyValueStorage.js';
import type { FocusTarget } from './focusRequest.js';
import { takeRestoreNote, writeRestoreNote, type RestoreNote } from '../backups/restoreNote.js';

export const SCREENS = ['design', 'board', 'professionals', 'catalogue', 'scenarios'] as const;
/** Screens outside the design steps: HR's overview across teams and the print preview. */
export const EXTRA_SCREENS = ['hr', 'area', 'print'] as const;
export type Screen = (typeof SCREENS)[number] | (typeof EXTRA_SCREENS)[number];

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  /** Rendered when shown: a toast on screen follows a language switch. */
  text: Message;
}

/**
 * What the app-wide announcer says (Announcer.tsx). `count` numbers the announcements: the
 * announcer alternates two live regions by it, so the same words twice are heard twice.
 */
interface Announcement {
  count: number;
  /** Rendered when said, like a toast. */
  text: Message;
}

/** A professional held over a function while dragging: the coverage panel previews this. */
export interface DragPreview {
  professionalId: string;
  functionId: string;
  /** Set when a member is moved: the assignment they leave. */
  fromFunctionId: string | null;
  /** The hours typed in the hours dialog after the drop; until then the drop's own (`dropHours`). */
  hours?: number;
}

/** A drop waiting for the hours dialog. */
export interface PendingDrop extends DragPreview {
  suggestedHours: number;
}

export interface PoolFilter {
  text: string;
  discipline: string;
  organisation: string;
  expertise: string;
  competency: string;
  minLevel: number;
  minFreeHours: number;
}

export const EMPTY_FILTER: PoolFilter = {
  text: '',
  discipline: '',
  organisation: '',
  expertise: '',
  competency: '',
  minLevel: 0,
  minFreeHours: 0,
};

const LANG_KEY = 'wtp.lang';
const TOUR_KEY = 'wtp.tourSeen';
/** The screen the user was on, reopened with the last scenario (`restoreLastScreen`); beside `wtp.lastScenario`. */
const LAST_SCREEN_KEY = 'wtp.lastScreen';
/** The print preview is a step on the way to paper, not a place to come back to. */
const NOT_RETURNED_TO: readonly Screen[] = ['print'];
const ALL_SCREENS: readonly string[] = [...SCREENS, ...EXTRA_SCREENS];

/** State of the screen itself, not of the data: language, where the user is, what is being dragged. */
export class UiStore {
  lang: Lang;
  screen: Screen = 'board';
  toasts: Toast[] = [];
  dragPreview: DragPreview | null = null;
  pendingDrop: PendingDrop | null = null;
  /** The member whose loss the coverage panel shows (hover or keyboard focus). */
  focusedMemberId: string | null = null;
  filter: PoolFilter = { ...EMPTY_FILTER };
  tourOpen: boolean;
  tourStep = 0;
  /** The new-team dialog; also opened from the desktop menu. */
  newTeamOpen = false;
  /** The list of backups to restore from (menu, or the notice after a damaged file). */
  backupsOpen = false;
  /** The backup restored just before this page was loaded, said once at the top of the page. */
  restoreNote: RestoreNote | null;
  /** The two scenarios the comparison opens with (e.g. the current one and a composed one); null: the first two. */
  comparePair: { a: string; b: string } | null = null;
  /** Where focus goes once the component showing it renders it (focusRequest.ts); null once it has. */
  focusRequest: FocusTarget | null = null;
  /** The last thing the announcer said; null before the first. */
  announcement: Announcement | null = null;
  private nextToastId = 1;
  /** Waiting for the end of the current task (see `announce`); a confirmation toast in the meantime replaces it. */
  private pendingAnnouncement: Message | null = null;

  constructor(private readonly storage: KeyValueStorage) {
    this.lang = storage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl';
    this.tourOpen = storage.getItem(TOUR_KEY) !== '1';
    this.restoreNote = takeRestoreNote(storage);
    makeObservable<UiStore, 'nextToastId' | 'pendingAnnouncement' | 'say'>(this, {
      lang: observable,
      screen: observable,
      toasts: observableShallow,
      dragPreview: observableRef,
      pendingDrop: observableRef,
      focusedMemberId: observable,
      filter: observableRef,
      tourOpen: observable,
      tourStep: observable,
      newTeamOpen: observable,
      backupsOpen: observable,
      restoreNote: observableRef,
      dismissRestoreNote: action,
      comparePair: observableRef,
      focusRequest: observableRef,
      requestFocus: action,
      focusTaken: action,
      announcement: observableRef,
      pendingAnnouncement: false,
      say: action,
      showComparison: action,
      setBackupsOpen: action,
      setNewTeamOpen: action,
      nextToastId: false,
      setLang: action,
      restoreLastScreen: action,
      show: action,
      notify: action,
      dismiss: action,
      setDragPreview: action,
      setPendingDrop: action,
      setFocusedMember: action,
      setFilter: action,
      resetFilter: action,
      openTour: action,
      closeTour: action,
      setTourStep: action,
    });
  }

  setLang(lang: Lang): void {
    // The last announcement would otherwise be read again, in the other language.
    if (lang !== this.lang) this.announcement = null;
    this.lang = lang;
    this.storage.setItem(LANG_KEY, lang);
  }

  show(screen: Screen): void {
    this.screen = screen;
    this.rememberScreen(screen);
  }

  /** Opens the scenarios screen with these two side by side in the comparison. */
  showComparison(a: string, b: string): void {
    this.comparePair = { a, b };
    this.show('scenarios');
  }

  /**
   * Goes back to the screen of the last session (F5 in the browser host, a restart). Only
   * when the last scenario reopened (`RootStore.start`): another team's plan is not where
   * the user was. A value from an older version or typed by hand is ignored.
   */
  restoreLastScreen(): void {
    const last = this.storage.getItem(LAST_SCREEN_KEY);
    if (last === null || !ALL_SCREENS.includes(last)) return;
    const screen = last as Screen;
    if (NOT_RETURNED_TO.includes(screen) || screen === this.screen) return;
    this.screen = screen;
    // The reload left no focus. After a restore the notice of it takes the focus instead (RestoredNotice).
    if (!this.restoreNote) this.focusRequest = { kind: 'screenHeading' };
  }

  private rememberScreen(screen: Screen): void {
    // Leaving for the print preview keeps the screen it was opened from.
    if (!NOT_RETURNED_TO.includes(screen)) this.storage.setItem(LAST_SCREEN_KEY, screen);
  }

  requestFocus(target: FocusTarget | null): void {
    this.focusRequest = target;
  }

  focusTaken(): void {
    this.focusRequest = null;
  }

  /**
   * Tells a screen reader what an action did, politely (Announcer.tsx), e.g. what undo
   * undid. Said once the current task is over: a caller that confirms the same action in a
   * toast does so as soon as it is saved, before that, and the toast (a polite region too)
   * then says it instead, so nothing is heard twice.
   */
  announce(text: Message): void {
    this.pendingAnnouncement = text;
    setTimeout(() => this.say(text), 0);
  }

  private say(text: Message): void {
    if (this.pendingAnnouncement !== text) return;
    this.pendingAnnouncement = null;
    this.announcement = { count: (this.announcement?.count ?? 0) + 1, text };
  }

  notify(kind: Toast['kind'], text: Message): void {
    if (kind === 'info') this.pendingAnnouncement = null;
    const id = this.nextToastId++;
    this.toasts.push({ id, kind, text });
    // Keep the list short: the newest messages matter.
    if (this.toasts.length > 4) this.toasts.shift();
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  setDragPreview(preview: DragPreview | null): void {
    const same =
      preview &&
      this.dragPreview &&
      preview.professionalId === this.dragPreview.professionalId &&
      preview.functionId === this.dragPreview.functionId &&
      preview.fromFunctionId === this.dragPreview.fromFunctionId &&
      preview.hours === this.dragPreview.hours;
    if (!same) this.dragPreview = preview;
  }

  setPendingDrop(drop: PendingDrop | null): void {
    this.pendingDrop = drop;
  }

  setFocusedMember(id: string | null): void {
    this.focusedMemberId = id;
  }

  setFilter(patch: Partial<PoolFilter>): void {
    this.filter = { ...this.filter, ...patch };
  }

  resetFilter(): void {
    this.filter = { ...EMPTY_FILTER };
  }

  openTour(): void {
    this.tourStep = 0;
    this.tourOpen = true;
  }

  closeTour(): void {
    this.tourOpen = false;
    this.storage.setItem(TOUR_KEY, '1');
  }

  setNewTeamOpen(open: boolean): void {
    this.newTeamOpen = open;
  }

  setBackupsOpen(open: boolean): void {
    this.backupsOpen = open;
  }

  /** Kept over the reload that ends a restore (the page forgets everything else). */
  rememberRestore(note: RestoreNote): void {
    writeRestoreNote(this.storage, note);
  }

  dismissRestoreNote(): void {
    this.restoreNote = null;
  }

  setTourStep(step: number): void {
    this.tourStep = step;
  }
}
