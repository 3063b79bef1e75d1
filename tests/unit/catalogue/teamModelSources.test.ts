import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue.js';
import { SOURCE_ARTICLES, SOURCE_INFO, type SourceRef } from '../../../shared/catalogue/sources.js';
import {
  DESIGN_QUESTIONS,
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_INFO,
  TEAM_MODELS,
  TEAM_MODEL_INFO,
} from '../../../shared/catalogue/teamDesign.js';

/** A source must name one of the two articles and one of that article's listed sections. */
function expectKnownSource(source: SourceRef, what: string): void {
  expect(SOURCE_ARTICLES, what).toContain(source.article);
  const sections = Object.values(SOURCE_INFO[source.article].sections);
  expect(sections, what).toContainEqual(source.section);
  expect(source.section.nl.length, what).toBeGreaterThan(0);
  expect(source.section.en.length, what).toBeGreaterThan(0);
}

describe('the source list', () => {
  it('describes both articles with title, authors, origin and sections', () => {
    expect(SOURCE_INFO.hu2014.title.nl).toBe('Integrale wijkteams: een kwestie van kiezen');
    expect(SOURCE_INFO.movisie2017.title.nl).toBe('Brede integrale wijkteams: voor- en nadelen');
    expect(SOURCE_INFO.movisie2017.sections.a1.nl).toBe('Voor- en nadelen van model A1');
    expect(SOURCE_INFO.movisie2017.sections.a2.nl).toBe('Voor- en nadelen van model A2');
    expect(SOURCE_INFO.hu2014.sections.models.nl).toBe('Verschillende teammodellen');
    for (const article of SOURCE_ARTICLES) {
      expect(SOURCE_INFO[article].authors.nl).not.toBe('');
      expect(SOURCE_INFO[article].origin.nl).not.toBe('');
    }
  });
});

describe('what each source is', () => {
  it('names no author the 2017 news item does not name: the programme did the research, Annelies Kooiman is only its contact', () => {
    expect(SOURCE_INFO.movisie2017.authors.nl).toBe('Programma Integraal werken in de wijk');
    expect(SOURCE_INFO.movisie2017.authors.en).not.toMatch(/Kooiman/);
  });

  it('claims no publisher or year an article does not give: the news item never names Movisie, the research article has no year', () => {
    expect(SOURCE_INFO.movisie2017.origin.nl).toBe('Nieuwsbericht van 24 maart 2017; het bericht noemt geen uitgever');
    expect(SOURCE_INFO.hu2014.origin.nl).toMatch(/zonder jaartal of uitgever/);
    for (const lang of ['nl', 'en'] as const) {
      const naming = Object.entries(CATALOGUES[lang])
        .filter(([, text]) => typeof text === 'string' && /Movisie|HU, 2014|Utrecht,? 2014/.test(text))
        .map(([key]) => key);
      expect(naming, lang).toEqual([]);
    }
  });

  it('points the question axis to Movisie\u2019s introduction only for what that introduction says (referral is in the A2 section)', () => {
    const help = DESIGN_QUESTIONS.questions.help;
    expect(help.source.section.nl).toBe('Inleiding: organisatievormen en positionering');
    expect(help.text.nl).not.toMatch(/voorliggend veld|eerste lijn|aanmeld/);
    expect(help.text.en).not.toMatch(/voorliggend veld|first line|refer/);
  });
});

describe('TEAM_MODEL_INFO', () => {
  it('gives every statement (summary, share, pro, con, caveat) a known article and section', () => {
    for (const model of TEAM_MODELS) {
      const info = TEAM_MODEL_INFO[model];
      expectKnownSource(info.summary.source, `${model} summary`);
      if (info.share2017) expectKnownSource(info.share2017.source, `${model} share`);
      if (info.noneInSources) expectKnownSource(info.noneInSources.source, `${model} none in sources`);
      for (const statement of [...info.pros, ...info.cons]) {
        expectKnownSource(statement.source, `${model}: ${statement.text.nl}`);
        if (statement.caveat) expectKnownSource(statement.caveat.source, `${model} caveat`);
      }
    }
  });

  it('takes A1 and A2 pros and cons from their own Movisie sections', () => {
    for (const s of [...TEAM_MODEL_INFO.A1.pros, ...TEAM_MODEL_INFO.A1.cons]) {
      expect(s.source.section.nl).toBe('Voor- en nadelen van model A1');
    }
    for (const s of [...TEAM_MODEL_INFO.A2.pros, ...TEAM_MODEL_INFO.A2.cons]) {
      expect(s.source.section.nl).toBe('Voor- en nadelen van model A2');
    }
    expect(TEAM_MODEL_INFO.A1.pros).toHaveLength(3);
    expect(TEAM_MODEL_INFO.A1.cons).toHaveLength(2);
    expect(TEAM_MODEL_INFO.A2.pros).toHaveLength(3);
    expect(TEAM_MODEL_INFO.A2.cons).toHaveLength(3);
  });

  it('keeps the source’s reservation on A2’s specialist-knowledge pro', () => {
    const withCaveat = TEAM_MODEL_INFO.A2.pros.filter((p) => p.caveat !== null);
    expect(withCaveat).toHaveLength(1);
    expect(withCaveat[0]!.text.nl).toMatch(/specialistische kennis/i);
    expect(withCaveat[0]!.caveat!.text.nl).toMatch(
      /niet uitdrukkelijk naar voren bij de gemeenten die werden geïnterviewd/,
    );
  });

  it('has the 2017 shares as Movisie gives them: 42 per cent for A1, one fifth for A2', () => {
    expect(TEAM_MODEL_INFO.A1.share2017?.value).toBe(0.42);
    expect(TEAM_MODEL_INFO.A2.share2017?.value).toBe(0.2);
    expect(TEAM_MODEL_INFO.A2.share2017?.text.nl).toMatch(/een vijfde/i);
    expect(TEAM_MODEL_INFO.domain.share2017).toBeNull();
    expect(TEAM_MODEL_INFO.targetGroup.share2017).toBeNull();
  });

  it('gives no pros or cons for domain and target-group teams, and says the sources give none', () => {
    for (const model of ['domain', 'targetGroup'] as const) {
      const info = TEAM_MODEL_INFO[model];
      expect(info.pros).toEqual([]);
      expect(info.cons).toEqual([]);
      expect(info.noneInSources?.text.nl).toMatch(/geven voor dit model geen voor- en nadelen/);
      expect(info.noneInSources?.text.en).toMatch(/give no pros and cons/);
    }
    expect(TEAM_MODEL_INFO.A1.noneInSources).toBeNull();
    expect(TEAM_MODEL_INFO.A2.noneInSources).toBeNull();
  });

  it('describes A2 as broad, for complex and multiple questions referred by the voorliggend veld', () => {
    const summary = TEAM_MODEL_INFO.A2.summary.text.nl;
    expect(summary).toMatch(/brede integrale team/);
    expect(summary).toMatch(/complexe en meervoudige hulpvragen/);
    expect(summary).toMatch(/eerste lijn en het voorliggend veld/);
    expect(summary).toMatch(/meldt een professional uit het voorliggend veld hen bij dit team aan/);
    expect(summary).not.toMatch(/volwassenen/i);
  });
});

describe('organisation types and design questions', () => {
  it('name their source', () => {
    for (const type of ORGANISATION_TYPES) {
      expectKnownSource(ORGANISATION_TYPE_INFO[type].summary.source, type);
    }
    for (const q of ['breadth', 'depth', 'integration', 'questions'] as const) {
      expectKnownSource(DESIGN_QUESTIONS[q].help.source, q);
    }
  });

  it('describes the integral team as mandated, independently working, with its own leidinggevende', () => {
    const text = ORGANISATION_TYPE_INFO.integraal.summary.text.nl;
    expect(text).toMatch(/heeft een mandaat en werkt zelfstandig/);
    expect(text).toMatch(/eigen leidinggevende/);
    expect(text).toMatch(/aan de gemeente, aan het consortium van samenwerkende instellingen, of aan beide/);
  });
});
