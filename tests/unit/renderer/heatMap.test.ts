import fc from 'fast-check';
import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatMap, type HeatMapColumn } from '../../../renderer/ui/charts/HeatMap.js';
import { CELL, LABEL_W, heatMapRowMarkup } from '../../../renderer/ui/charts/heatMapCells.js';
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
  return [...svg.matchAll(/<([a-zA-Z]+)[\s>]/g)].map((m) => m[1]!);
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
    // level; per member a group and its name (a box around it, so a long name can end in "…");
    // per cell a rect, its title and its level.
    const cells = rows.length * columns.length;
    expect(tags(svg)).toHaveLength(1 + 1 + 2 + 1 + 2 * 2 + rows.length * 3 + cells * 3 + 1);
    expect(tags(svg).filter((tag) => tag === 'g')).toHaveLength(rows.length);
  });

  it('marks the highlighted member’s row', () => {
    expect(markup('p2')).toContain('<g class="is-highlight" data-row="Bram" transform="translate(0 170)">');
    expect(markup()).not.toContain('is-highlight');
  });
});

/**
 * The row's cells as React rendered them before they became markup (the reference the
 * markup must equal): a name in its box, and per column a rect with its tooltip, a red corner below
 * the required level and the level.
 */
function reactRowCells(
  row: { name: string; ratings: Record<string, number> },
  y: number,
  cols: readonly HeatMapColumn[],
  levelNames: readonly string[],
): string {
  const FILL = ['#f3f6f9', '#cfe0ef', '#93bde0', '#3d87c4', '#154273'];
  const INK = ['#4b5563', '#1f2937', '#1f2937', '#ffffff', '#ffffff'];
  const cells = cols.map((c, i) => {
    const level = row.ratings[c.key] ?? 0;
    const below = c.required !== null && level < c.required;
    const x = LABEL_W + i * CELL;
    return createElement(
      Fragment,
      { key: c.key },
      createElement(
        'rect',
        { x, y, width: CELL - 2, height: CELL - 2, fill: FILL[level] },
        createElement('title', null, `${row.name} · ${c.name}: ${level} ${levelNames[level] ?? ''}`),
      ),
      below && createElement('path', { d: `M${x} ${y} h8 l-8 8 z`, fill: '#b3261e' }),
      createElement(
        'text',
        {
          x: x + CELL / 2 - 1,
          y: y + CELL / 2 + 4,
          textAnchor: 'middle',
          fill: INK[level],
          className: 'heatmap-value',
        },
        level,
      ),
    );
  });
  return renderToStaticMarkup(
    createElement(
      'svg',
      null,
      createElement(
        'foreignObject',
        { x: 0, y, width: LABEL_W - 8, height: CELL - 2 },
        createElement('div', { className: 'heatmap-name', title: row.name }, row.name),
      ),
      ...cells,
    ),
  ).replace(/^<svg>|<\/svg>$/g, '');
}

describe('a heat-map row written as markup', () => {
  it('is exactly what React rendered for the same cells at the row’s origin, user texts with markup characters included', () => {
    const name = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '·', 'é', ';', '#'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        name,
        fc.array(fc.record({ name, required: fc.option(fc.integer({ min: 0, max: 4 })) }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
        (rowName, columnSpecs, levels) => {
          const cols = columnSpecs.map((c, i) => ({ key: `c${i}`, name: c.name, required: c.required }));
          // Column 0 left unrated: an unrated competency counts as 0.
          const ratings = Object.fromEntries(cols.slice(1).map((c, i) => [c.key, levels[i]!]));
          const levelNames = ['niet aanwezig', 'in <ontwikkeling>', 'bekwaam & meer', 'sterk', "expert's"];
          const row = { name: rowName, ratings };
          expect(heatMapRowMarkup(row, cols, levelNames)).toBe(reactRowCells(row, 0, cols, levelNames));
        },
      ),
      { numRuns: 300 },
    );
  });
});
