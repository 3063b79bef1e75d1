import { describe, expect, it } from 'vitest';
import { aboutText, startupErrorText } from '../../../electron/app/dialogTexts.js';

describe('about text', () => {
  it('names version, data folder and the offline promise, in Dutch and English', () => {
    const nl = aboutText('nl', '1.2.3', '/home/ann/.config/Wijkteamplanner', '45.4.1');
    expect(nl.title).toBe('Over Wijkteamplanner');
    expect(nl.message).toBe('Wijkteamplanner 1.2.3');
    expect(nl.detail).toContain('Gegevensmap: /home/ann/.config/Wijkteamplanner');
    expect(nl.detail).toContain('geen verbinding met internet');
    const en = aboutText('en', '1.2.3', '/d', '45.4.1');
    expect(en.title).toBe('About Wijkteamplanner');
    expect(en.detail).toContain('Data folder: /d');
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
    expect(startupErrorText('nl', error)).toEqual({ title: 'Wijkteamplanner kan niet starten', message: 'De schijf is vol.' });
    expect(startupErrorText('en', error)).toEqual({ title: 'Wijkteamplanner cannot start', message: 'The disk is full.' });
  });

  it('never shows the internals of an unexpected error', () => {
    const text = startupErrorText('nl', new TypeError("Cannot read properties of undefined (reading 'x') at /opt/app/main.cjs"));
    expect(text.message).not.toContain('main.cjs');
    expect(text.message).toMatch(/Uw gegevens zijn niet gewijzigd/);
  });
});
