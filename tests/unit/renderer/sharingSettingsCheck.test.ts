import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { message, type Message } from '../../../shared/i18n/message.js';
import { ApiClient } from '../../../renderer/api/ApiClient.js';
import { SharingStore } from '../../../renderer/sharing/SharingStore.js';
import { settingsFormErrors } from '../../../renderer/sharing/settingsFormErrors.js';

const INPUT = { server: '127.0.0.1', port: 1, database: 'wtp', user: 'anna', caFile: null };
const VIEW = { settings: null, passwordStore: 'pgpass', hasPassword: false, fromEnvironment: false } as const;

/** A SharingStore over a fake host whose check answers `reason` (null: it works), held until `answer()`. */
function storeWith(reason: Message | null) {
  const calls: string[] = [];
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (answer = resolve));
  const transport = (async (method: string) => {
    calls.push(method);
    if (method === 'shared.checkSettings') {
      await held;
      return { ok: true, value: { works: reason === null, reason } };
    }
    if (method === 'shared.saveSettings') return { ok: true, value: { ...VIEW, settings: INPUT } };
    if (method === 'shared.status') return { ok: true, value: { outbox: [], teams: [], connection: null } };
    return { ok: true, value: VIEW };
  }) as unknown as ApiTransport;
  const toasts: Message[] = [];
  const sharing = new SharingStore(
    new ApiClient(transport),
    (_kind, text) => void toasts.push(text),
    async () => undefined,
  );
  return { sharing, calls, toasts, answer: () => answer() };
}

describe('Opslaan en verbinden', () => {
  it('shows the try while it runs, and saves only once the connection works', async () => {
    const { sharing, calls, answer } = storeWith(null);
    const done = sharing.connect(INPUT);
    expect(sharing.check).toEqual({ state: 'checking' });
    expect(calls).not.toContain('shared.saveSettings');
    answer();
    await done;
    expect(sharing.check).toEqual({ state: 'connected' });
    expect(calls).toContain('shared.saveSettings');
    expect(sharing.settings?.settings).toEqual(INPUT);
  });

  it('says why not and saves nothing; "Toch opslaan" keeps the tried settings for the wachtrij', async () => {
    const reason = message('sharedDb.error.unreachable');
    const { sharing, calls, answer } = storeWith(reason);
    const done = sharing.connect(INPUT);
    answer();
    await done;
    expect(sharing.check).toEqual({ state: 'failed', reason, input: INPUT });
    expect(calls).not.toContain('shared.saveSettings');
    await sharing.saveAnyway();
    expect(calls).toContain('shared.saveSettings');
    expect(sharing.check).toEqual({ state: 'savedOffline', reason });
  });
});

describe('the settings form checks its fields first', () => {
  it('names each empty required field', () => {
    expect(settingsFormErrors({ server: ' ', port: '', database: '', user: '' })).toEqual({
      server: 'sharing.settings.required',
      port: 'sharing.settings.required',
      database: 'sharing.settings.required',
      user: 'sharing.settings.required',
    });
  });

  it('refuses a port or user name the server would refuse, and lets good ones pass', () => {
    expect(settingsFormErrors({ server: 'db', port: '70000', database: 'wtp', user: 'Anna' })).toEqual({
      port: 'sharing.settings.portInvalid',
      user: 'sharing.settings.userInvalid',
    });
    expect(settingsFormErrors({ server: 'db.gemeente.nl', port: '5432', database: 'wtp', user: 'anna_b' })).toEqual({});
  });
});
