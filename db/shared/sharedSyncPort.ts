import type { ApiHandlers, ApiOutput } from '../../shared/api/contract.js';
import type { Message } from '../../shared/i18n/message.js';
import type { SharedPull } from './sharedHrInput.js';

/**
 * What the store needs from the host's connection to the shared database. db/ never
 * talks to PostgreSQL itself: the host (browser host or Electron main) builds the
 * implementation (node/sharedDb/sharedSync.ts) and hands it to openPlannerStore, so the
 * service can queue and then say "send it now", show how the connection is doing, and
 * keep the drain still while a backup is restored.
 */
export interface SharedConnectionState {
  /** When this computer last had a publish stored by the server (this run). */
  lastSentAt: string | null;
  /** Since when the server could not be reached (or refused the login); null when it could. */
  unreachableSince: string | null;
  /** Why it could not, in the user's words. */
  lastError: Message | null;
}

export interface SharedSyncPort {
  /** Whether this installation has a shared database address. */
  configured(): boolean;
  /** A publish was queued (or released again): send soon, without waiting for the timer. */
  kick(): void;
  connection(): SharedConnectionState;
  /** Tries the server at once, as if it had never been away (no back-off); resolves when that try is done. */
  sendNow(): Promise<void>;
  /** The login role this installation signs in with (from the address in use), or null without one. */
  signedInAs(): string | null;
  /** The address as the settings screen shows it (never the password). */
  settings(): SharedSettingsView;
  /**
   * Tries these settings without saving them (the stored password when none is typed):
   * null when they work, else why not in the user's words. Resolves within a few seconds.
   */
  checkSettings(input: SharedSettingsInput): Promise<Message | null>;
  /** Saves the address (and password, where this host keeps one) and reconnects. */
  saveSettings(input: SharedSettingsInput): SharedSettingsView;
  forgetSettings(): SharedSettingsView;
  /** Every team the signed-in person may read (HR: all). Throws ApiFailure when the server cannot answer. */
  pull(): Promise<SharedPull>;
  /** Runs `work` while no drain runs and none starts (a backup restore replaces the file under it). */
  paused<T>(work: () => Promise<T>): Promise<T>;
}

export type SharedSettingsView = ApiOutput<'shared.settings'>;
export type SharedSettingsInput = Parameters<ApiHandlers['shared.saveSettings']>[0];
