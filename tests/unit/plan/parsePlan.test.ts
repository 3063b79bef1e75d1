import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, parsePlan, parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { issueLines } from '../../../shared/domain/formatIssues.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break plans in ways no plan type allows
const example = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('../../../examples/plans/wijkteam-oost.json', import.meta.url), 'utf8'));

function lines(input: unknown, lang: 'nl' | 'en' = 'en'): string[] {
  const result = parsePlan(input);
  if (result.ok) return [];
  return issueLines(result.issues, lang);
}

describe('parsePlan: errors name the place in words, with the exact field below it', () => {
  it('accepts the example plan and fills in defaults', () => {
    const result = parsePlan(example());
    expect(result.ok).toBe(true);
  });

  it('names a bad rating as a catalogue message, in Dutch or in English', () => {
    const plan = example();
    plan.professionals[3].ratings.empathy = 2.5;
    expect(parsePlan(plan)).toEqual({
      ok: false,
      issues: [
        {
          path: 'professionals[3].ratings.empathy',
          text: { key: 'validation.rating' },
          place: { key: 'planPlace.professionalNamed', params: { number: '4', name: 'Mehmet Yilmaz' } },
          field: 'ratings.empathy',
        },
      ],
    });
    expect(lines(plan, 'nl')).toEqual([
      'professional 4 (Mehmet Yilmaz), ratings.empathy: niveau moet een heel getal van 0 tot en met 4 zijn',
    ]);
    expect(lines(plan)).toEqual([
      'professional 4 (Mehmet Yilmaz), ratings.empathy: rating must be a whole number from 0 to 4',
    ]);
  });

  it('catches unknown competency keys in ratings and requirements', () => {
    const plan = example();
    plan.professionals[0].ratings.humour = 3;
    plan.functions[1].requirements[0].competency = 'empahty';
    expect(lines(plan)).toEqual([
      'the function Casusregie, requirements[0].competency: unknown competency ‘empahty’',
      'professional 1 (Fatima El Amrani), ratings.humour: unknown competency ‘humour’',
    ]);
  });

  it('catches dangling ids in assignments, naming the id that points nowhere', () => {
    const plan = example();
    plan.assignments[2].professionalId = 'p99';
    plan.assignments[4].functionId = 'f99';
    expect(lines(plan)).toEqual([
      'assignment 3, professionalId: refers to an unknown professional ‘p99’',
      'assignment 5, functionId: refers to an unknown function ‘f99’',
    ]);
    expect(lines(plan, 'nl')).toEqual([
      'toewijzing 3, professionalId: verwijst naar een onbekende professional ‘p99’',
      'toewijzing 5, functionId: verwijst naar een onbekende functie ‘f99’',
    ]);
  });

  it('catches negative hours wherever hours occur', () => {
    const plan = example();
    plan.functions[0].hoursRequired = -8;
    plan.professionals[1].contractHours = -1;
    plan.assignments[0].hours = -4;
    expect(lines(plan)).toEqual([
      'the function Toegang / frontoffice, hoursRequired: hours must be a number of 0 or more',
      'professional 2 (Jeroen de Vries), contractHours: hours must be a number of 0 or more',
      'assignment 1, hours: hours must be more than 0 and at most 60 per week',
    ]);
  });

  it('catches duplicate ids and duplicate assignments, naming the id', () => {
    const plan = example();
    plan.functions[2].id = plan.functions[1].id;
    plan.professionals.push({ ...plan.professionals[0] });
    plan.assignments.push({ ...plan.assignments[0] });
    expect(lines(plan)).toEqual(
      expect.arrayContaining([
        `the function Maatschappelijke dienstverlening, id: the id ‘${plan.functions[1].id}’ is used more than once`,
        `professional 16 (Fatima El Amrani), id: the id ‘${plan.professionals[0].id}’ is used more than once`,
        `assignment ${plan.assignments.length}: professional ‘${plan.assignments[0].professionalId}’ is already in this function`,
      ]),
    );
    expect(lines(plan, 'nl')).toContain(
      `de functie Maatschappelijke dienstverlening, id: het id ‘${plan.functions[1].id}’ komt vaker voor`,
    );
  });

  it('names unknown fields and wrong choices with what is allowed', () => {
    const plan = example();
    plan.team.model = 'B1';
    plan.professionals[0].salary = 1;
    expect(lines(plan)).toEqual([
      'the team, model: not an allowed value (choose from ‘A1’, ‘A2’, ‘domain’, ‘targetGroup’)',
      'professional 1 (Fatima El Amrani): unknown field: salary',
    ]);
  });

  it('says a missing part is missing', () => {
    const plan = example();
    delete plan.team;
    expect(lines(plan, 'nl')).toEqual(['het team: ontbreekt']);
  });

  it('names a person or function without a name by number alone, counting from 1 without grouping', () => {
    const plan = example();
    plan.professionals[2].name = 7;
    plan.functions[1].name = '';
    plan.assignments = Array.from({ length: 1100 }, () => ({ ...plan.assignments[0] }));
    plan.assignments[1099].hours = -1;
    expect(lines(plan, 'nl')).toEqual([
      'functie 2, name: naam is verplicht (hoogstens 200 tekens)',
      'professional 3, name: naam is verplicht (hoogstens 200 tekens)',
      'toewijzing 1100, hours: uren moeten meer dan 0 en hoogstens 60 per week zijn',
    ]);
  });

  it('says the limit of a list in words', () => {
    const plan = example();
    plan.functions = Array.from({ length: 201 }, (_, i) => ({ ...plan.functions[0], id: `f${i}` }));
    expect(lines(plan, 'nl')).toEqual(['de functies: te veel; hoogstens 200 toegestaan']);
    expect(lines(plan)).toEqual(['the functions: too many; at most 200 allowed']);
  });
});

describe('parsePlan: the file as a whole', () => {
  it('refuses what is not a plan object with one clear line', () => {
    for (const input of [null, [], 'plan', 42]) {
      expect(lines(input, 'nl')).toEqual([
        'dit is geen teamplanbestand (verwacht een JSON-object met format, version, team, functions, professionals en assignments)',
      ]);
    }
    expect(lines({ team: {} }, 'nl')).toEqual(['dit is geen teamplanbestand']);
  });

  it('tells a plan from a newer planner apart from an unknown version, about the file as a whole', () => {
    expect(lines({ ...example(), version: 3 })).toEqual([
      'this team plan comes from a newer version of the planner; update the planner',
    ]);
    expect(lines({ ...example(), version: 3 }, 'nl')).toEqual([
      'dit teamplan komt uit een nieuwere versie van de planner; werk de planner bij',
    ]);
    expect(lines({ ...example(), version: '1' })).toEqual([
      'unknown team plan version; this planner reads versions 1 to 2',
    ]);
    const { version: _version, ...unversioned } = example();
    expect(lines(unversioned)).toEqual(['unknown team plan version; this planner reads versions 1 to 2']);
  });
});

describe('parsePlanJson', () => {
  it('reports a JSON syntax error with line and column', () => {
    const broken = parsePlanJson('{\n  "format": "wijkteam-plan",\n}');
    expect(broken).toEqual({
      ok: false,
      issues: [{ path: '', text: { key: 'planFile.notJsonAt', params: { line: '3', column: '1' } } }],
    });
    expect(broken.ok ? [] : issueLines(broken.issues, 'nl')).toEqual(['dit is geen geldige JSON (regel 3, kolom 1)']);
  });

  it('says an empty file is empty', () => {
    for (const text of ['', ' \n', '\ufeff']) {
      const empty = parsePlanJson(text);
      expect(empty.ok ? [] : issueLines(empty.issues, 'nl')).toEqual(['het bestand is leeg']);
      expect(empty.ok ? [] : issueLines(empty.issues, 'en')).toEqual(['the file is empty']);
    }
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parsePlanJson(`\ufeff${JSON.stringify(example())}`).ok).toBe(true);
  });

  it('turns both forms of V8 positions into line and column', () => {
    expect(jsonErrorPosition('ab\ncd', new SyntaxError('Unexpected token at position 4'))).toEqual({
      line: 2,
      column: 2,
    });
    expect(jsonErrorPosition('x', new SyntaxError('Bad thing (line 7 column 3)'))).toEqual({ line: 7, column: 3 });
    expect(jsonErrorPosition('x', new SyntaxError('something else'))).toBeNull();
  });
});
