import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/translator.js';
import { openHarness, type Harness } from './harness.js';

/**
 * What a team leader reads when a team plan file cannot be imported: the place in words
 * ("bij het team", "bij professional 2 (Sanne Mulder)"), never a field name of the file
 * ("team", "version") or an empty one ("Fout bij :"), and never "(team)" where the file
 * gives no team name.
 */

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  await h.store.whenIdle();
});
afterEach(async () => h.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break plans in ways no plan type allows
const example = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('../../../examples/plans/wijkteam-oost.json', import.meta.url), 'utf8'));

async function importText(name: string, text: string): Promise<{ nl: string[]; en: string[] }> {
  await h.root.exchange.importFiles([{ name, text }]);
  const errors = h.root.exchange.messages.filter((m) => m.kind === 'error').map((m) => m.text);
  return {
    nl: errors.map((text) => translator('nl').render(text)),
    en: errors.map((text) => translator('en').render(text)),
  };
}

describe('import of a broken team plan file says what is wrong in plain words', () => {
  it('a file of format and version only: the missing team is "het team", and the plan has no "(team)"', async () => {
    const said = await importText('minimal.json', JSON.stringify({ format: 'wijkteam-plan', version: 2 }));
    expect(said.nl).toEqual([
      'minimal.json: Dit teamplan kan niet worden ingelezen (4 fouten). Eerste fout bij het team: ontbreekt.',
    ]);
    expect(said.en).toEqual([
      'minimal.json: This team plan cannot be read (4 errors). First error in the team: is missing.',
    ]);
  });

  it('a list of plans without team names names the plan by its number in the file', async () => {
    const plan = { format: 'wijkteam-plan', version: 2 };
    const said = await importText('regio.json', JSON.stringify([example(), plan]));
    expect(said.nl).toEqual([
      'regio.json, in teamplan 2 van het bestand: Dit teamplan kan niet worden ingelezen (4 fouten). Eerste fout bij het team: ontbreekt.',
    ]);
    expect(said.en).toEqual([
      'regio.json, in team plan 2 of the file: This team plan cannot be read (4 errors). First error in the team: is missing.',
    ]);
  });

  it('[1,2]: one message per part of the file, each saying it is no team plan', async () => {
    const said = await importText('array.json', '[1,2]');
    expect(said.nl).toEqual([
      'array.json: onderdeel 1 van het bestand is geen teamplan.',
      'array.json: onderdeel 2 van het bestand is geen teamplan.',
    ]);
    expect(said.en).toEqual([
      'array.json: part 1 of the file is not a team plan.',
      'array.json: part 2 of the file is not a team plan.',
    ]);
    expect(h.root.teams.teams.map((t) => t.name)).not.toContain('team');
  });

  it('a file that is one thing but no plan says so without a place', async () => {
    const said = await importText('ander.json', JSON.stringify({ naam: 'iets anders' }));
    expect(said.nl).toEqual(['ander.json is geen teamplan. Kies een bestand dat de planner heeft geëxporteerd.']);
    expect(said.en).toEqual(['ander.json is not a team plan. Choose a file the planner exported.']);
  });

  it('a plan from a newer planner says so without the field name "version"', async () => {
    const said = await importText('nieuw.json', JSON.stringify({ ...example(), version: 3 }));
    expect(said.nl).toEqual([
      'nieuw.json (Wijkteam Oost): Dit teamplan kan niet worden ingelezen: dit teamplan komt uit een nieuwere versie van de planner; werk de planner bij.',
    ]);
    expect(said.en).toEqual([
      'nieuw.json (Wijkteam Oost): This team plan cannot be read: this team plan comes from a newer version of the planner; update the planner.',
    ]);
  });

  it('too many people: the limit in words', async () => {
    const plan = example();
    const person = plan.professionals[0];
    plan.professionals = Array.from({ length: 20001 }, (_, i) => ({ ...person, id: `p${i}`, name: `Medewerker ${i}` }));
    plan.assignments = [];
    const said = await importText('groot.json', JSON.stringify(plan));
    expect(said.nl).toEqual([
      'groot.json (Wijkteam Oost): Dit teamplan kan niet worden ingelezen (1 fout). Fout bij de professionals: te veel; hoogstens 20.000 toegestaan.',
    ]);
    expect(said.en).toEqual([
      'groot.json (Wijkteam Oost): This team plan cannot be read (1 error). Error in the professionals: too many; at most 20,000 allowed.',
    ]);
  });

  it('a wrong value names the person by number and name, and a function by its name', async () => {
    const plan = example();
    plan.professionals[1].contractHours = -1;
    plan.functions[0].hoursRequired = -8;
    const said = await importText('oost.json', JSON.stringify(plan));
    const person = `professional 2 (${plan.professionals[1].name})`;
    expect(said.nl).toEqual([
      `oost.json (Wijkteam Oost): Dit teamplan kan niet worden ingelezen (2 fouten). Eerste fout bij de functie ${plan.functions[0].name}: uren moeten een getal van 0 of meer zijn.`,
    ]);
    plan.functions[0].hoursRequired = 8;
    h.root.exchange.clearMessages();
    const again = await importText('oost.json', JSON.stringify(plan));
    expect(again.nl).toEqual([
      `oost.json (Wijkteam Oost): Dit teamplan kan niet worden ingelezen (1 fout). Fout bij ${person}: uren moeten een getal van 0 of meer zijn.`,
    ]);
    expect(again.en).toEqual([
      `oost.json (Wijkteam Oost): This team plan cannot be read (1 error). Error in ${person}: hours must be a number of 0 or more.`,
    ]);
  });

  it('an empty file says that it is empty, not that it is no valid JSON', async () => {
    const said = await importText('leeg.json', '  \n');
    expect(said.nl).toEqual([
      'leeg.json is geen teamplan: het bestand is leeg. Kies een bestand dat de planner heeft geëxporteerd.',
    ]);
    expect(said.en).toEqual(['leeg.json is not a team plan: the file is empty. Choose a file the planner exported.']);
  });

  it('a file that is no JSON says where it breaks', async () => {
    const said = await importText('kapot.json', '{\n  "format": "wijkteam-plan",\n}');
    expect(said.nl).toEqual([
      'kapot.json is geen teamplan: dit is geen geldige JSON (regel 3, kolom 1). Kies een bestand dat de planner heeft geëxporteerd.',
    ]);
  });
});

describe('import of a team whose name another team has', () => {
  it('says the name the store gave it, in both languages', async () => {
    const plan = example();
    await h.root.exchange.importFiles([{ name: 'oost.json', text: JSON.stringify(plan) }]);
    // The same file from another municipality: another team (its own id), the same name.
    await h.root.exchange.importFiles([
      { name: 'oost-2.json', text: JSON.stringify({ ...plan, team: { ...plan.team, id: 'elders-oost' } }) },
    ]);
    const said = h.root.exchange.messages.filter((m) => m.kind === 'ok').map((m) => m.text);
    const renamed = said.at(-1)!;
    expect(translator('nl').render(renamed)).toBe(
      'Er was al een ander team met de naam Wijkteam Oost; het geïmporteerde team heet daarom ‘Wijkteam Oost (2)’.',
    );
    expect(translator('en').render(renamed)).toBe(
      'Another team was already named Wijkteam Oost, so the imported team is named ‘Wijkteam Oost (2)’.',
    );
  });
});
