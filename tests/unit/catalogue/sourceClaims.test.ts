import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue.js';
import { TEAM_MODELS, TEAM_MODEL_INFO } from '../../../shared/catalogue/teamDesign.js';

/**
 * What the texts may claim about the two source articles. The articles themselves are not
 * part of the project; the few headings below are quoted here only to check that the
 * planner's statements do not reuse them as their own titles.
 */
const nl = CATALOGUES.nl;
const en = CATALOGUES.en;
const all = (lang: 'nl' | 'en') =>
  Object.entries(CATALOGUES[lang]).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

/** The bullet headings of the A1 and A2 sections of the 2017 news item. */
const ARTICLE_HEADINGS = [
  'Eén duidelijk toegangspunt',
  'Teamleden met verschillende expertises leren breder te kijken',
  'Werken met één gezin, één plan, één regisseur',
  'Specialistische- en domeinspecifieke kennis onderhouden',
  'Zwaardere problematiek blijft te lang hangen',
  'Focus op (regievoering in) complexe casussen',
  'Aansluiten bij bestaande structuren',
  'Specialistische kennis en expertise behouden',
  'Geen directe toegangspoort voor inwoners',
  'Probleemgeoriënteerde aanpak',
];

describe('texts claim only what the sources say', () => {
  it('words the models’ pros and cons in the planner’s own terms, not under the article’s headings', () => {
    for (const model of TEAM_MODELS) {
      for (const statement of [...TEAM_MODEL_INFO[model].pros, ...TEAM_MODEL_INFO[model].cons]) {
        for (const heading of ARTICLE_HEADINGS) expect(statement.text.nl, model).not.toContain(heading);
      }
    }
  });

  it('gives no examples of the voorliggend veld that the source does not give', () => {
    expect(nl['designScreen.frontField.explain']).not.toMatch(/welzijn|huisarts|school|vrijwillig/i);
    expect(en['designScreen.frontField.explain']).not.toMatch(/welfare|GP|school|volunteer/i);
  });

  it('calls the twelve qualities ones named among others in the Competentieprofiel generalist, not its competencies', () => {
    for (const [key, text] of all('nl')) expect(text, key).not.toMatch(/competenties van het Competentieprofiel/i);
    for (const [key, text] of all('en')) expect(text, key).not.toMatch(/competencies of the Competentieprofiel/i);
    expect(nl['shell.about.purpose']).toMatch(/onder meer in het Competentieprofiel generalist/);
  });

  it('attributes the team-roles point to the working meeting, with trust and knowing each other', () => {
    const text = nl['rule.teamRolesNotRated.text'];
    expect(text).toMatch(/werkbijeenkomst/);
    expect(text).toMatch(/onderling vertrouwen/);
    expect(text).not.toMatch(/Integraal werken lukt pas/);
    expect(en['rule.teamRolesNotRated.text']).toMatch(/working meeting/);
  });

  it('says the 0-4 scale is the planner’s own where levels are explained', () => {
    expect(nl['printDoc.levelsNote']).toMatch(/eigen indeling van de planner/);
    expect(nl['professionals.intro']).toMatch(/eigen schaal van de planner/);
    expect(en['printDoc.levelsNote']).toMatch(/planner’s own/);
    expect(en['professionals.intro']).toMatch(/planner’s own scale/);
  });

  it('says a new team’s design answers are the planner’s starting choice, not the sources’', () => {
    expect(nl['newTeam.intro']).toMatch(/eigen startkeuze/);
    expect(nl['newTeam.intro']).toMatch(/koppelen de bronnen deze antwoorden niet aan een model/);
    expect(en['newTeam.intro']).toMatch(/own starting choice/);
  });

  it('says the sample’s twenty professionals are one pool for three teams, not a youth team of twenty', () => {
    expect(nl['tour.1.body']).not.toMatch(/jeugdteam met/);
    expect(nl['tour.1.body']).toMatch(/één pool van twintig professionals voor alle drie/);
    expect(en['tour.1.body']).not.toMatch(/youth team with/);
  });
});
