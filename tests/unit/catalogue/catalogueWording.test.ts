import { describe, expect, it } from 'vitest';
import { catalogueData as nl } from '../../../shared/i18n/locales/nl/catalogueData.js';
import { catalogueData as en } from '../../../shared/i18n/locales/en/catalogueData.js';
import { designScreen as nlScreen } from '../../../shared/i18n/locales/nl/designScreen.js';
import { designScreen as enScreen } from '../../../shared/i18n/locales/en/designScreen.js';
import { TEAM_MODELS, TEAM_MODEL_INFO } from '../../../shared/catalogue/teamDesign.js';
import { BUILT_IN_FUNCTIONS } from '../../../shared/catalogue/functions.js';

const texts = (section: Record<string, string>) => Object.entries(section);

describe('catalogue wording stays faithful to the sources', () => {
  it('never calls a team self-steering (the source says mandated and independently working)', () => {
    for (const [key, text] of [...texts(nl), ...texts(en), ...texts(nlScreen), ...texts(enScreen)]) {
      expect(text, key).not.toMatch(/zelfsturend|self-steering|self-directing|self-managing/i);
    }
  });

  it('does not make 0-100+ part of any model’s summary or name', () => {
    for (const model of TEAM_MODELS) {
      const { name, summary } = TEAM_MODEL_INFO[model];
      for (const text of [name.nl, name.en, summary.text.nl, summary.text.en]) {
        expect(text, model).not.toMatch(/0\s*(tot|to|-|–)\s*100\+?/);
      }
    }
  });

  it('says the competency descriptions are the planner\u2019s own: the article gives only the names', () => {
    expect(nl['cat.profile.note']).toContain('De Waal e.a. (Hogeschool Utrecht)');
    expect(nl['cat.profile.note']).toContain('de korte omschrijvingen zijn van de planner zelf');
    expect(en['cat.profile.note']).toContain('the short descriptions are the planner\u2019s own');
  });

  it('names the eight functions of the 2014 article apart from the planner\u2019s four additions', () => {
    const named = BUILT_IN_FUNCTIONS.slice(0, 8).map((f) => f.name.nl);
    const added = BUILT_IN_FUNCTIONS.slice(8).map((f) => f.name.nl);
    expect(named[0]).toBe('Crisisinterventie');
    expect(named[7]).toBe('Somatische zorg');
    expect(nl['cat.functions.note']).toMatch(/^Acht van de ingebouwde functies komen uit De Waal e\.a\./);
    for (const name of added) expect(nl['cat.functions.note'], name).toContain(name);
    expect(nl['cat.functions.note']).toContain('voegt de planner zelf toe');
  });

  it('keeps the voorliggend veld (Movisie, A2) and the schil (HU 2014) in separate texts, so each carries its own source', () => {
    for (const screen of [nlScreen, enScreen]) {
      // The source describes the referral route for model A2 only, so the sentence says so.
      expect(screen['designScreen.frontField.explain']).toMatch(
        /^In model A2 (the voorliggend veld|vangen het voorliggend veld)/,
      );
      expect(screen['designScreen.frontField.explainOther']).not.toMatch(/A2|schil|shell/);
      expect(screen['designScreen.frontField.explain']).not.toMatch(/schil/);
      expect(screen['designScreen.frontField.notShell']).toMatch(/^(De schil|The shell)/);
      expect(screen['designScreen.frontField.notShell']).not.toMatch(/voorliggend/);
    }
  });

  it('mentions 0-100+ only as Gouda’s ambition', () => {
    for (const [key, text] of [...texts(nl), ...texts(en)]) {
      if (/100\+/.test(text)) expect(text, key).toMatch(/Gouda/);
    }
  });
});
