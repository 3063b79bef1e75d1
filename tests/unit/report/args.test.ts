import { describe, expect, it } from 'vitest';
import { parseArgs, usage } from '../../../scripts/report/args.js';

describe('report command line', () => {
  it('takes one file with Dutch text, 3 suggestions and today as defaults', () => {
    expect(parseArgs(['plan.json'])).toEqual({
      ok: true,
      args: { file: 'plan.json', json: false, lang: 'nl', suggestions: 3, today: null, development: null },
    });
  });

  it('reads every option, in both --name value and --name=value form', () => {
    expect(parseArgs(['--json', '--lang', 'en', 'plan.json', '--suggestions=5', '--today', '2026-01-31'])).toEqual({
      ok: true,
      args: { file: 'plan.json', json: true, lang: 'en', suggestions: 5, today: '2026-01-31', development: null },
    });
  });

  it('refuses unknown options, bad values and a wrong number of files, in the language asked for', () => {
    expect(parseArgs(['plan.json', '--pdf'])).toEqual({ ok: false, lang: 'nl', message: 'onbekende optie: --pdf' });
    expect(parseArgs(['--pdf', '--lang=en', 'plan.json'])).toEqual({
      ok: false,
      lang: 'en',
      message: 'unknown option: --pdf',
    });
    expect(parseArgs(['plan.json', '--lang', 'de'])).toMatchObject({ ok: false, message: '--lang moet nl of en zijn' });
    expect(parseArgs(['plan.json', '--suggestions', '-1'])).toMatchObject({ ok: false });
    expect(parseArgs(['plan.json', '--suggestions', '2.5'])).toMatchObject({ ok: false });
    expect(parseArgs(['plan.json', '--suggestions'])).toMatchObject({
      ok: false,
      message: '--suggestions verwacht een waarde',
    });
    expect(parseArgs(['plan.json', '--today', '23-11-2026'])).toMatchObject({ ok: false });
    expect(parseArgs([])).toMatchObject({ ok: false, message: 'geef het teamplanbestand op' });
    expect(parseArgs(['a.json', 'b.json'])).toMatchObject({
      ok: false,
      message: 'geef precies één teamplanbestand op',
    });
  });

  it('answers --help in the chosen language', () => {
    expect(parseArgs(['--lang', 'en', '--help'])).toEqual({ ok: true, help: true, lang: 'en' });
    expect(usage('nl')).toMatch(/^Gebruik: npm run report -- <teamplan\.json>/);
    expect(usage('nl')).toContain('Afsluitcode: 0 rapport gemaakt, 2 fout in de invoer of de opdracht.');
    expect(usage('en')).toMatch(/^Usage: npm run report -- <team-plan\.json>/);
  });

  it('words every mistake in English too, with the option it is about', () => {
    expect(parseArgs(['--lang', 'en'])).toMatchObject({ ok: false, message: 'name the team plan file' });
    expect(parseArgs(['plan.json', '--suggestions', '--lang=en'])).toMatchObject({
      ok: false,
      message: '--suggestions expects a value',
    });
    expect(parseArgs(['plan.json', '--today=2026-13-01', '--lang', 'en'])).toMatchObject({
      ok: false,
      message: '--today must look like YYYY-MM-DD',
    });
  });
});
