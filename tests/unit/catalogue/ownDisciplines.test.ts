import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCIPLINES, disciplineName } from '../../../shared/catalogue/disciplines.js';
import {
  disciplineFromText,
  disciplineOptions,
  disciplineRename,
  isOwnDiscipline,
  ownDisciplineUses,
  ownDisciplinesIn,
  renamedDiscipline,
} from '../../../shared/catalogue/ownDisciplines.js';
import { professionalSchema } from '../../../shared/domain/schemas.js';

describe('a typed discipline', () => {
  it('is the catalogued one when it names it: key, Dutch or English name, case, accents and spaces aside', () => {
    for (const d of DISCIPLINES) {
      for (const text of [d.key, d.name.nl, d.name.en, ` ${d.name.nl.toUpperCase()} `, d.name.nl.replace(/ /g, '  ')]) {
        expect(disciplineFromText(text, [])).toBe(d.key);
      }
    }
    expect(disciplineFromText('maatschappelijk werker', ['Maatschappelijk werker'])).toBe('socialWorker');
  });

  it('is an own discipline otherwise, tidied, in the spelling the pool already uses', () => {
    expect(disciplineFromText('  Buurtsport   coach ', [])).toBe('Buurtsport coach');
    expect(disciplineFromText('buurtsportcoach', ['socialWorker', 'Buurtsportcoach'])).toBe('Buurtsportcoach');
    expect(disciplineFromText('Ervarings-deskundige', ['Ervaringsdeskundige'])).toBe('Ervaringsdeskundige');
    expect(disciplineFromText('Leerplichtambtenaar', ['Buurtsportcoach'])).toBe('Leerplichtambtenaar');
    // A name of only dashes normalises to nothing, as a blank stored value does: they are not one discipline.
    expect(disciplineFromText('-', [' '])).toBe('-');
  });

  it('keeps a spelling in use as written, where an older planner stored two written alike', () => {
    const both = ['buurtsportcoach', 'Buurtsportcoach'];
    expect(disciplineFromText('Buurtsportcoach', both)).toBe('Buurtsportcoach');
    expect(disciplineFromText('buurtsportcoach', both)).toBe('buurtsportcoach');
    // Any other way of writing it joins the first of them the list gives.
    expect(disciplineFromText('BUURTSPORTCOACH', both)).toBe('buurtsportcoach');
  });

  it('is nothing when blank or longer than the store takes', () => {
    expect(disciplineFromText('', [])).toBeNull();
    expect(disciplineFromText('   ', [])).toBeNull();
    expect(disciplineFromText('x'.repeat(65), [])).toBeNull();
    expect(disciplineFromText('x'.repeat(64), [])).toBe('x'.repeat(64));
  });

  it('is always something the store accepts, and names the same discipline when typed again', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ minLength: 1, maxLength: 20 })), (text, inUse) => {
        const discipline = disciplineFromText(text, inUse);
        if (discipline === null) return;
        const parsed = professionalSchema.shape.discipline.safeParse(discipline);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toBe(discipline);
        expect(disciplineFromText(disciplineName(discipline, 'nl'), [...inUse, discipline])).toBe(discipline);
      }),
    );
  });
});

describe('the choices of a discipline field', () => {
  it('are the catalogue in its order, then the own disciplines of the pool once each, in Dutch order', () => {
    const inUse = ['districtNurse', 'Ervaringsdeskundige', 'buurtsportcoach', 'Ervaringsdeskundige', '  '];
    expect(ownDisciplinesIn(inUse)).toEqual(['buurtsportcoach', 'Ervaringsdeskundige']);
    const options = disciplineOptions('en', inUse);
    expect(options.slice(0, DISCIPLINES.length).map((o) => o.id)).toEqual(DISCIPLINES.map((d) => d.key));
    expect(options[0]).toEqual({ id: 'socialWorker', label: 'Social worker' });
    expect(options.slice(DISCIPLINES.length)).toEqual([
      { id: 'buurtsportcoach', label: 'buurtsportcoach' },
      { id: 'Ervaringsdeskundige', label: 'Ervaringsdeskundige' },
    ]);
    expect(isOwnDiscipline('socialWorker')).toBe(false);
    expect(isOwnDiscipline('Buurtsportcoach')).toBe(true);
  });
});

describe('the own disciplines in use', () => {
  it('counts the people of each own one, in Dutch order, leaving out the catalogue’s and blank ones', () => {
    expect(
      ownDisciplineUses([
        'socialWorker',
        'Buurtsportcoach',
        'ervaringsdeskundige',
        'Buurtsportcoach',
        ' ',
        'Agent 10',
        'Agent 2',
      ]),
    ).toEqual([
      { discipline: 'Agent 2', people: 1 },
      { discipline: 'Agent 10', people: 1 },
      { discipline: 'Buurtsportcoach', people: 2 },
      { discipline: 'ervaringsdeskundige', people: 1 },
    ]);
    expect(ownDisciplineUses(['socialWorker'])).toEqual([]);
  });
});

describe('renaming an own discipline', () => {
  const inUse = new Map([
    ['Buurtsportcoch', 30],
    ['Buurtsportcoach', 4],
    ['socialWorker', 7],
  ]);

  it('follows the typed discipline’s rule, with the renamed one itself left out', () => {
    expect(renamedDiscipline('buurtsportcoach', 'Buurtsportcoach', ['buurtsportcoach'])).toBe('Buurtsportcoach');
    expect(renamedDiscipline('Buurtsportcoch', 'buurtsport coach', inUse.keys())).toBe('Buurtsportcoach');
    expect(renamedDiscipline('Buurtsportcoch', 'maatschappelijk werker', inUse.keys())).toBe('socialWorker');
    expect(renamedDiscipline('Buurtsportcoch', '  ', inUse.keys())).toBeNull();
  });

  it('says before it is done whether it renames, merges or does nothing, and for how many people', () => {
    expect(disciplineRename('Buurtsportcoch', 'Sportcoach', inUse)).toEqual({
      kind: 'rename',
      to: 'Sportcoach',
      people: 30,
    });
    expect(disciplineRename('Buurtsportcoch', 'buurtsportcoach', inUse)).toEqual({
      kind: 'merge',
      to: 'Buurtsportcoach',
      people: 30,
    });
    // A catalogued discipline is a merge even when nobody has it yet: it is in the list already.
    expect(disciplineRename('Buurtsportcoch', 'Opbouwwerker', inUse)).toEqual({
      kind: 'merge',
      to: 'communityWorker',
      people: 30,
    });
    expect(disciplineRename('Buurtsportcoch', ' Buurtsportcoch ', inUse)).toEqual({ kind: 'unchanged' });
    expect(disciplineRename('Buurtsportcoch', '', inUse)).toEqual({ kind: 'blank' });
  });
});
