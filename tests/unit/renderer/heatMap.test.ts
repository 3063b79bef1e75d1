import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatMap, type HeatMapColumn } from '../../../renderer/ui/charts/HeatMap.js';
import { LEVELS } from '../../../shared/domain/levels.js';
import { translator } from '../../../shared/i18n/translator.js';

const columns: HeatMapColumn[] = [
  { key: 'youth', name: 'Jeugd', required: 3 },
  { key: 'debt', name: 'Schulden', required: null },
];
const rows: { id: string; name: string; ratings: Record<string, number> }[] = [
  { id: 'p1', name: 'Anna', ratings: { youth: 2, debt: 4 } },
  { id: 'p2', name: 'Bram', ratings: { youth: 3 } },
];

function markup(highlightId: string | null = null): string {
  return renderToStaticMarkup(
    createElement(HeatMap, { rows, columns, lang: 'nl', title: 'Heatmap', requiredLabel: 'Vereist', highlightId }),
  );
}

/** The elements of `svg` by tag, in document order. */
function tags(svg: string): string[] {
  return [...svg.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]!);
}

describe('HeatMap draws each cell with as few elements as it shows', () => {
  it('gives every member x competency cell its shade, tooltip and level, and nothing else', () => {
    const svg = markup();
    const level = (n: number) => translator('nl').render(LEVELS[n]!.label);
    // Tooltips name the member, the competency and the level with its word.
    expect(svg).toContain(`<title>Anna · Jeugd: 2 ${level(2)}</title>`);
    expect(svg).toContain(`<title>Anna · Schulden: 4 ${level(4)}</title>`);
    expect(svg).toContain(`<title>Bram · Schulden: 0 ${level(0)}</title>`);
    // Below the required level (Anna's 2 of 3 in youth): one red corner, and only there.
    expect(svg.match(/fill="#b3261e"/g)).toHaveLength(1);
    // svg, its title, 2 column names, the required label; per column a dashed box and its
    // level; per member a group and its name; per cell a rect, its title and its level.
    const cells = rows.length * columns.length;
    expect(tags(svg)).toHaveLength(1 + 1 + 2 + 1 + 2 * 2 + rows.length * 2 + cells * 3 + 1);
    expect(tags(svg).filter((tag) => tag === 'g')).toHaveLength(rows.length);
  });

  it('marks the highlighted member’s row', () => {
    expect(markup('p2')).toContain('<g class="is-highlight" data-row="Bram">');
    expect(markup()).not.toContain('is-highlight');
  });
});
