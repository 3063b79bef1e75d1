import { DB_USER_PATTERN, MAX_PORT, MIN_PORT } from '../../shared/api/sharedDbLimits.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';

/** The settings form's fields as typed, before they become the API's input. */
interface SettingsFields {
  server: string;
  port: string;
  database: string;
  user: string;
}

export type SettingsFieldErrors = Partial<Record<keyof SettingsFields, MessageKey>>;

/**
 * What is missing or cannot be right in the typed settings, per field, before anything is
 * tried: the limits the API's schema reads too (shared/api/sharedDbLimits.ts) in words the
 * user can act on. Empty: the form may be sent.
 */
export function settingsFormErrors(fields: SettingsFields): SettingsFieldErrors {
  const errors: SettingsFieldErrors = {};
  if (!fields.server.trim()) errors.server = 'sharing.settings.required';
  const port = fields.port.trim();
  if (!port) errors.port = 'sharing.settings.required';
  else if (!/^\d+$/.test(port) || Number(port) < MIN_PORT || Number(port) > MAX_PORT)
    errors.port = 'sharing.settings.portInvalid';
  if (!fields.database.trim()) errors.database = 'sharing.settings.required';
  const user = fields.user.trim();
  if (!user) errors.user = 'sharing.settings.required';
  else if (!DB_USER_PATTERN.test(user)) errors.user = 'sharing.settings.userInvalid';
  return errors;
}
