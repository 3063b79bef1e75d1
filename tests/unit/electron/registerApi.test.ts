import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/contract.js';
import { apiChannel } from '../../../electron/ipc/channels.js';
import { registerApi } from '../../../electron/ipc/registerApi.js';
import { createSenderCheck, type SenderEvent } from '../../../electron/ipc/senderCheck.js';
import { isAppUrl } from '../../../electron/protocol/appProtocol.js';
import { fakeHandlers, notFoundFailure } from '../webhost/fakeHandlers.js';
import { fakeIpcMain, mainFrameEvent, subFrameEvent } from './fakes.js';

function setup() {
  const ipcMain = fakeIpcMain<SenderEvent>();
  const fake = fakeHandlers({ 'teams.delete': () => notFoundFailure() });
  const logs: string[] = [];
  const registered = registerApi({
    ipcMain,
    handlers: fake.handlers,
    isTrustedSender: createSenderCheck(isAppUrl),
    log: (m) => logs.push(m),
  });
  return { ipcMain, fake, registered, logs };
}

describe('sender frame check', () => {
  const trusted = createSenderCheck(isAppUrl);
  it('accepts only the main frame of app://planner/', () => {
    expect(trusted(mainFrameEvent())).toBe(true);
    expect(trusted(mainFrameEvent('app://planner/assets/x.js'))).toBe(true);
  });
  it('refuses subframes, destroyed frames, other hosts and schemes whose origin is also "null"', () => {
    expect(trusted(subFrameEvent())).toBe(false);
    expect(trusted({ senderFrame: null })).toBe(false);
    for (const url of [
      'app://evil/index.html',
      'evil://planner/index.html',
      'file:///index.html',
      'https://planner/',
      'data:text/html,x',
      'about:blank',
      'app://user:pw@planner/',
    ]) {
      expect(trusted(mainFrameEvent(url)), url).toBe(false);
    }
    // The trap the check avoids: origins of custom schemes are all the same string.
    expect(new URL('app://planner/').origin).toBe(new URL('evil://x/').origin);
  });
});

describe('registerApi', () => {
  it('registers every contract method exactly once, each on its own channel', () => {
    const { ipcMain, registered } = setup();
    expect([...registered].sort()).toEqual([...API_METHODS].sort());
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(apiChannel).sort());
    expect(new Set(ipcMain.handlers.keys()).size).toBe(API_METHODS.length);
  });

  it('dispatches a valid call from the app frame and answers a Result', async () => {
    const { ipcMain, fake } = setup();
    const result = await ipcMain.call(apiChannel('plan.get'), mainFrameEvent(), { scenarioId: 'scn_1' });
    expect(result).toEqual({ ok: true, value: { echo: 'plan.get' } });
    expect(fake.calls).toEqual([{ method: 'plan.get', input: { scenarioId: 'scn_1' } }]);
  });

  it('refuses calls from a subframe or a foreign page without calling the handler', async () => {
    const { ipcMain, fake, logs } = setup();
    for (const event of [subFrameEvent(), mainFrameEvent('https://evil.example/'), { senderFrame: null }]) {
      const result = await ipcMain.call(apiChannel('teams.list'), event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fake.calls).toEqual([]);
    expect(logs).toHaveLength(3);
  });

  it('rejects invalid payloads with a validation Result and never calls the handler', async () => {
    const { ipcMain, fake } = setup();
    for (const payload of [undefined, null, 'x', { id: 5 }, { id: 'team_1', extra: 1 }]) {
      const result = await ipcMain.call(apiChannel('teams.delete'), mainFrameEvent(), payload);
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(fake.calls).toEqual([]);
  });

  it('passes typed failures through as data', async () => {
    const { ipcMain } = setup();
    const result = await ipcMain.call(apiChannel('teams.delete'), mainFrameEvent(), { id: 'team_1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound', text: { key: 'apiError.notFound' } } });
  });

  it('registering twice fails loudly, as ipcMain.handle does', () => {
    const ipcMain = fakeIpcMain<SenderEvent>();
    const options = { ipcMain, handlers: fakeHandlers().handlers, isTrustedSender: () => true, log: () => {} };
    registerApi(options);
    expect(() => registerApi(options)).toThrow(/second handler/);
  });
});
