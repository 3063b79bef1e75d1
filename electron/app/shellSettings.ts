import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { uiLanguageSchema } from '../../shared/api/desktopBridge.js';
import { windowStateSchema } from '../window/windowState.js';

/**
 * The shell's own small settings in userData (not in the database: they belong to this
 * computer's window, not to the planning data): window position and the UI language
 * the menu was last shown in. A missing or damaged file means defaults, never an error.
 */

export const SHELL_SETTINGS_FILE = 'shell-settings.json';

const shellSettingsSchema = z.object({
  window: windowStateSchema.nullable().catch(null),
  uiLanguage: uiLanguageSchema.catch('nl'),
});
type ShellSettings = z.infer<typeof shellSettingsSchema>;

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { window: null, uiLanguage: 'nl' };

export function loadShellSettings(userDataDir: string): ShellSettings {
  try {
    const raw: unknown = JSON.parse(readFileSync(path.join(userDataDir, SHELL_SETTINGS_FILE), 'utf8'));
    const parsed = shellSettingsSchema.safeParse(raw);
    return parsed.success ? parsed.data : { ...DEFAULT_SHELL_SETTINGS };
  } catch {
    return { ...DEFAULT_SHELL_SETTINGS };
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export function saveShellSettings(userDataDir: string, settings: ShellSettings): void {
  mkdirSync(userDataDir, { recursive: true });
  const target = path.join(userDataDir, SHELL_SETTINGS_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  renameSync(temporary, target);
}
