import { describe, expect, it } from 'vitest';
import { aboutText, startupErrorText } from '../../../electron/app/messageBoxTexts.js';
import { NativeBindingError, resolveNativeBinding } from '../../../electron/native/nativeBinding.js';
import { translator } from '../../../shared/i18n/index.js';

describe('about text', () => {
  it('names version, data folder and the offline promise, in Dutch and English', () => {
    const nl = aboutText('nl', '1.2.3', '/home/ann/.config/Wijkteamplanner', '45.4.1');
    expect(nl.title).toBe('Over Wijkteamplanner');
    expect(nl.message).toBe('Wijkteamplanner 1.2.3');
    expect(nl.detail).toContain('Gegevensmap: /home/ann/.config/Wijkteamplanner');
    expect(nl.detail).toContain(translator('nl').t('shell.about.offline'));
    expect(nl.detail).toContain('Electron 45.4.1. Licentie: EUPL-1.2.');
    const en = aboutText('en', '1.2.3', '/d', '45.4.1');
    expect(en.title).toBe('About Neighbourhood Team Planner');
    expect(en.message).toBe('Neighbourhood Team Planner 1.2.3');
    expect(en.detail).toContain('Data folder: /d');
    expect(en.detail).toContain(translator('en').t('shell.about.offline'));
  });
});

describe('start-up error text', () => {
  class StoreOpenError extends Error {
    override name = 'StoreOpenError';
    constructor(
      message: string,
      readonly messageEn: string,
    ) {
      super(message);
    }
  }

  it("shows the store's own message in the UI language", () => {
    const error = new StoreOpenError('De schijf is vol.', 'The disk is full.');
    expect(startupErrorText('nl', error)).toEqual({
      title: 'Wijkteamplanner kan niet starten',
      message: 'De schijf is vol.',
    });
    expect(startupErrorText('en', error)).toEqual({
      title: 'Neighbourhood Team Planner cannot start',
      message: 'The disk is full.',
    });
  });

  it('says what to do about a missing database module, in the UI language', () => {
    let error: unknown;
    try {
      resolveNativeBinding({
        isPackaged: false,
        appRoot: '/repo',
        electronVersion: '45.4.1',
        platform: 'linux',
        arch: 'x64',
        readText: () => null,
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(NativeBindingError);
    const hintNl = translator('nl').t('shell.native.hint');
    expect(startupErrorText('nl', error).message).toBe(
      `De databasemodule is nog niet voor Electron gebouwd. ${hintNl}`,
    );
    expect(startupErrorText('en', error).message).toBe(
      `The database module has not been built for Electron yet. ${translator('en').t('shell.native.hint')}`,
    );
    expect((error as Error).message).toContain(hintNl);
  });

  it('never shows the internals of an unexpected error', () => {
    const text = startupErrorText(
      'nl',
      new TypeError("Cannot read properties of undefined (reading 'x') at /opt/app/main.cjs"),
    );
    expect(text.message).not.toContain('main.cjs');
    expect(text.message).toMatch(/Uw gegevens zijn niet gewijzigd/);
    expect(startupErrorText('en', new Error('x')).message).toBe(translator('en').t('shell.startup.unexpected'));
  });
});
