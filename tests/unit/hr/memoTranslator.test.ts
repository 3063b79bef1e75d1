import { describe, expect, it } from 'vitest';
import { cellSentence } from '../../../shared/hr/cellSentence.js';
import { analyseAll } from '../../../shared/hr/index.js';
import { memoTranslator } from '../../../shared/hr/memoTranslator.js';
import { message, type Message } from '../../../shared/i18n/message.js';
import { translator } from '../../../shared/i18n/translator.js';
import { syntheticHrInput } from './syntheticHrInput.js';

/** Messages of every kind HR words: cell sentences (nested, plural counts) and advice. */
function hrMessages(): Message[] {
  const { analyses } = analyseAll(syntheticHrInput(6, 14));
  const sentences = analyses.flatMap((a) => a.row.cells.map(cellSentence)).filter((m): m is Message => m !== null);
  const advice = analyses.flatMap((a) => a.openAdvice.map((x) => x.message));
  return [...sentences, ...advice];
}

describe('memoTranslator', () => {
  it('words every message exactly as the translator does, also the second time', () => {
    const messages = hrMessages();
    expect(messages.length).toBeGreaterThan(50);
    for (const lang of ['nl', 'en'] as const) {
      const plain = translator(lang);
      const memo = memoTranslator(plain);
      const expected = messages.map((m) => plain.render(m));
      expect(messages.map((m) => memo.render(m))).toEqual(expected);
      expect(messages.map((m) => memo.render(m))).toEqual(expected);
    }
  });

  it("tells apart messages that differ only in a number, and words a user's own text in the language", () => {
    const memo = memoTranslator(translator('nl'));
    const plain = translator('nl');
    const variants: Message[] = [
      message('hrExport.mixEntry', { name: 'Jeugd', people: 1 }),
      message('hrExport.mixEntry', { name: 'Jeugd', people: 2.5 }),
      message('hrExport.teamHours', { team: { nl: 'Noord', en: 'North' }, hours: 4 }),
    ];
    for (const m of [...variants, ...variants]) expect(memo.render(m)).toBe(plain.render(m));
    expect(memo.t('hrExport.mainScenario')).toBe(plain.t('hrExport.mainScenario'));
    expect(memo.number(1.5)).toBe('1,5');
  });
});

describe('memoTranslator templates', () => {
  it('fills a learnt template with any text exactly as i18next would, braces and dollar signs included', () => {
    for (const lang of ['nl', 'en'] as const) {
      const plain = translator(lang);
      const memo = memoTranslator(plain);
      // A user's own names can hold what i18next treats specially in a catalogue text.
      const names = ['Noord', '{team}', '$& en $1', '$t(hr.title)', 'Eén {- x}', '', 'A\uE0000\uE001'];
      for (const name of names) {
        for (const m of [
          message('hrExport.mixEntry', { name, people: 3 }),
          message('hrExport.teamWithScenario', { team: name, scenario: { nl: `${name} nl`, en: `${name} en` } }),
          message('hrCell.colleague', {
            name,
            level: 2,
            functions: message('list.last', { first: name, last: 'x' }),
          }),
        ]) {
          expect(memo.render(m)).toBe(plain.render(m));
        }
      }
    }
  });

  it('picks the plural form per count, also after the other form was learnt', () => {
    for (const lang of ['nl', 'en'] as const) {
      const plain = translator(lang);
      const memo = memoTranslator(plain);
      for (const count of [1, 2, 0, 1, 1.5, 12, 2]) {
        const m = message('hrCell.openCount', { count });
        expect(memo.render(m)).toBe(plain.render(m));
      }
      const forms = new Set([1, 2].map((count) => memo.render(message('hrCell.openCount', { count }))));
      expect(forms.size).toBe(2);
    }
  });
});
