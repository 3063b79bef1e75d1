import { describe, expect, it } from 'vitest';
import { areaTables, buildAreaView, cellValue } from '../../../shared/area/index.js';
import { syntheticHrInput } from '../hr/syntheticHrInput.js';
import { input } from './areaFixtures.js';

/**
 * With many teams in one area, a cell that names teams (which teams fulfil a function,
 * hold a competency, cover a gap; a person's hours per team) was one run-on text. It is a
 * list now, an entry per line on screen and paper, and one text in the workbook.
 */
describe('area tables: cells that name several teams', () => {
  const view = buildAreaView(input(), 'Testwijk');
  const tables = areaTables(view, 'nl');
  const table = (id: string) => tables.find((t) => t.id === id)!;

  it('list each team that fulfils a function as an entry of its own', () => {
    const functions = table('functions');
    const column = functions.columns.indexOf('Zelf vervuld door');
    for (const fn of view.functions) {
      const cell = functions.rows.find((r) => r[0] === fn.name.nl)![column];
      if (fn.inTeam.length === 0) expect(cell).toBe('Geen');
      else expect(cell).toHaveLength(fn.inTeam.length);
    }
    const both = view.functions.find((fn) => fn.inTeam.length === 2)!;
    expect(functions.rows.find((r) => r[0] === both.name.nl)![column]).toEqual([
      expect.stringMatching(/^Jeugdteam: /),
      expect.stringMatching(/^Wijkteam Breed: /),
    ]);
  });

  it('say "Alle teams" for a competency every team holds at its level, and list the teams otherwise', () => {
    // Six teams of 25 in one area: most competencies are held in every team.
    const synthetic = syntheticHrInput(6, 25);
    for (const s of synthetic.scenarios) s.plan.team.area = 'Gebied';
    const region = buildAreaView(synthetic, 'Gebied');
    const competencies = areaTables(region, 'nl').find((t) => t.id === 'competencies')!;
    const column = competencies.columns.indexOf('Op gevraagd niveau aanwezig bij');
    expect(region.competencies.some((c) => c.heldAtRequiredBy.length === 6)).toBe(true);
    region.competencies.forEach((c, i) => {
      const cell = competencies.rows[i]![column];
      if (c.heldAtRequiredBy.length === 6) expect(cell).toBe('Alle teams');
      else if (c.heldAtRequiredBy.length === 0) expect(cell).toBe('Geen');
      else expect(cell).toHaveLength(c.heldAtRequiredBy.length);
    });
  });

  it('word a shared person\'s load as every screen does: "meer uren dan het contract", with the excess in hours', () => {
    const shared = table('shared');
    const load = shared.columns.indexOf('Belasting');
    const perTeam = shared.columns.indexOf('Uren per team');
    const ann = shared.rows.find((r) => r[0] === 'Ann')!;
    // docs/ui.md's word for it; 36 hours in all teams on a 32-hour contract.
    expect(ann[load]).toBe('Meer uren dan het contract (4 uur te veel)');
    expect(ann[perTeam]).toEqual(['Jeugdteam: 8 uur', 'Wijkteam Breed: 20 uur']);
    expect(shared.rows.find((r) => r[0] === 'Bo')![load]).toBe('Binnen het contract');
    const english = areaTables(view, 'en').find((t) => t.id === 'shared')!;
    expect(english.rows.find((r) => r[0] === 'Ann')![load]).toBe('More hours than contracted (4 h too many)');
  });

  it('give the workbook one text per cell, the entries joined', () => {
    expect(cellValue(['Jeugdteam: 2 personen, 12 uur', 'Wijkteam Breed: 1 persoon, 8 uur'])).toBe(
      'Jeugdteam: 2 personen, 12 uur; Wijkteam Breed: 1 persoon, 8 uur',
    );
    expect(cellValue(12)).toBe(12);
  });
});
