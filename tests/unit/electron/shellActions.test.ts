import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../shared/api/desktopBridge.js';
import { safeFileName } from '../../../electron/files/safeFileName.js';
import { MAX_OPEN_BYTES, createShellActions, type ShellActionDeps } from '../../../electron/files/shellActions.js';
import { nl } from '../../support/inLanguage.js';

type Win = { name: string };
const win: Win = { name: 'main' };

function setup(overrides: Partial<ShellActionDeps<Win>> = {}, language: UiLanguage = 'nl') {
  const written: Array<{ path: string; data: string | Uint8Array }> = [];
  const dialogs: unknown[] = [];
  const printed: unknown[] = [];
  const deps: ShellActionDeps<Win> = {
    language: () => language,
    defaultDir: () => '/home/ann/Documenten',
    showOpenDialog: async (_w, options) => (
      dialogs.push(options),
      { canceled: false, filePaths: ['/home/ann/plannen/Wijkteam Oost.json'] }
    ),
    showSaveDialog: async (_w, options) => (
      dialogs.push(options),
      { canceled: false, filePath: '/home/ann/export/team.json' }
    ),
    fileSize: async () => 12,
    readFile: async () => Buffer.from('{"format":"x"}'),
    writeFile: async (path, data) => void written.push({ path, data }),
    contentsOf: () => ({
      print: (options, callback) => (printed.push(options), callback(true, '')),
      printToPDF: async (options) => (printed.push(options), Buffer.from('%PDF-1.7')),
    }),
    log: () => {},
    ...overrides,
  };
  return { actions: createShellActions(deps), written, dialogs, printed };
}

describe('open file', () => {
  it('reads the chosen file as base64 with only its name', async () => {
    const { actions, dialogs } = setup();
    const result = await actions.openFile(win, 'plan');
    expect(result).toEqual({
      ok: true,
      value: { fileName: 'Wijkteam Oost.json', dataBase64: Buffer.from('{"format":"x"}').toString('base64') },
    });
    expect(dialogs[0]).toMatchObject({
      title: 'Teamplan openen',
      filters: [{ extensions: ['json'] }],
      properties: ['openFile'],
    });
  });
  it('uses English dialog texts in English and offers csv/xlsx for professionals', async () => {
    const { actions, dialogs } = setup({}, 'en');
    await actions.openFile(win, 'professionals');
    expect(dialogs[0]).toMatchObject({ title: 'Import professionals', filters: [{ extensions: ['csv', 'xlsx'] }] });
  });
  it('answers null when cancelled', async () => {
    const { actions } = setup({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
    expect(await actions.openFile(win, 'plan')).toEqual({ ok: true, value: null });
  });
  it('refuses files over the limit without reading them', async () => {
    let read = false;
    const { actions } = setup({
      fileSize: async () => MAX_OPEN_BYTES + 1,
      readFile: async () => ((read = true), Buffer.from('')),
    });
    const result = await actions.openFile(win, 'plan');
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(read).toBe(false);
  });
  it('turns a read error into a Dutch storage failure', async () => {
    const { actions } = setup({ readFile: async () => Promise.reject(new Error('EACCES')) });
    const result = await actions.openFile(win, 'plan');
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
    if (!result.ok) expect(nl(result.error.text)).toMatch(/Wijkteam Oost\.json kon niet worden gelezen/);
  });
});

describe('save file', () => {
  it('suggests a safe name in the documents folder and writes the text', async () => {
    const { actions, dialogs, written } = setup();
    const result = await actions.saveFile(win, { kind: 'plan', suggestedName: '../Wijkteam: Oost', text: '{"a":1}' });
    expect(result).toEqual({ ok: true, value: { fileName: 'team.json' } });
    expect(dialogs[0]).toMatchObject({
      title: 'Teamplan exporteren',
      defaultPath: '/home/ann/Documenten/Wijkteam_ Oost.json',
    });
    expect(written).toEqual([{ path: '/home/ann/export/team.json', data: '{"a":1}' }]);
  });
  it('writes nothing when cancelled, and reports a write error in Dutch', async () => {
    const cancelled = setup({ showSaveDialog: async () => ({ canceled: true, filePath: '' }) });
    expect(await cancelled.actions.saveFile(win, { kind: 'plan', suggestedName: 'x', text: '' })).toEqual({
      ok: true,
      value: null,
    });
    expect(cancelled.written).toEqual([]);
    const failing = setup({ writeFile: async () => Promise.reject(new Error('ENOSPC')) });
    const result = await failing.actions.saveFile(win, { kind: 'personalData', suggestedName: 'x', text: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
  });
});

describe('print', () => {
  it('prints through webContents with backgrounds and answers printed', async () => {
    const { actions, printed } = setup();
    expect(await actions.print(win)).toEqual({ ok: true, value: { printed: true } });
    expect(printed).toEqual([{ silent: false, printBackground: true }]);
  });
  it('treats a cancelled print dialog as no error, a printer failure as one', async () => {
    const cancel = setup({
      contentsOf: () => ({ print: (_o, cb) => cb(false, 'cancelled'), printToPDF: async () => Buffer.from('') }),
    });
    expect(await cancel.actions.print(win)).toEqual({ ok: true, value: { printed: false } });
    const broken = setup({
      contentsOf: () => ({ print: (_o, cb) => cb(false, 'Printer offline'), printToPDF: async () => Buffer.from('') }),
    });
    expect(await broken.actions.print(win)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
  it('renders A4 PDF bytes and saves them where the user chose', async () => {
    const { actions, printed, written, dialogs } = setup({
      showSaveDialog: async (_w, o) => (dialogs.push(o), { canceled: false, filePath: '/tmp/overzicht.pdf' }),
    });
    expect(await actions.printToPdf(win, { suggestedName: 'Wijkteam Oost' })).toEqual({
      ok: true,
      value: { fileName: 'overzicht.pdf' },
    });
    expect(printed).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(Buffer.from(written[0]!.data).toString()).toBe('%PDF-1.7');
    expect(dialogs[0]).toMatchObject({
      title: 'Afdrukken naar PDF',
      defaultPath: '/home/ann/Documenten/Wijkteam Oost.pdf',
    });
  });
});

describe('safeFileName', () => {
  it('drops folders and forbidden characters and adds the extension once', () => {
    expect(safeFileName('C:\\Users\\x\\plan', 'json')).toBe('plan.json');
    expect(safeFileName('a<b>c|d?.json', 'json')).toBe('a_b_c_d_.json');
    expect(safeFileName('..', 'pdf')).toBe('wijkteamplanner.pdf');
    expect(safeFileName('Plan.JSON', 'json')).toBe('Plan.JSON');
    expect(safeFileName('x'.repeat(300), 'pdf').length).toBe(154);
  });
});
