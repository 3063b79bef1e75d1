import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import { sharedDbAddress } from '../shared/sharedDbAddress.js';
import type { SharedSettingsView, SharedSyncPort } from '../shared/sharedSyncPort.js';
import type { HandlerSlice } from './handlerTypes.js';

type SharedSettingsMethod =
  'shared.settings' | 'shared.checkSettings' | 'shared.saveSettings' | 'shared.forgetSettings';

/**
 * This installation's address of the shared database. The host keeps it (and, on the
 * desktop, the password in the keychain); the renderer only ever gets the address back.
 * A store without a host (tests, the command line) can only report WTP_SHARED_DB_URL.
 */
export function sharedSettingsHandlers(sync?: SharedSyncPort): HandlerSlice<SharedSettingsMethod> {
  const withoutHost = (): SharedSettingsView => ({
    settings: null,
    passwordStore: 'pgpass',
    hasPassword: false,
    fromEnvironment: sharedDbAddress() !== null,
  });
  const noHost = () => new ApiFailure('conflict', message('sharedDb.settings.noHost'));
  return {
    'shared.settings': () => (sync ? sync.settings() : withoutHost()),
    'shared.checkSettings': async (input) => {
      if (!sync) throw noHost();
      const reason = await sync.checkSettings(input);
      return { works: reason === null, reason };
    },
    'shared.saveSettings': (input) => {
      if (!sync) throw noHost();
      return sync.saveSettings(input);
    },
    'shared.forgetSettings': () => {
      if (!sync) throw noHost();
      return sync.forgetSettings();
    },
  };
}
