import { Fragment, memo } from 'react';
import type { Lang } from '../../../shared/domain/text.js';
import { LEVELS } from '../../../shared/domain/levels.js';
import { translator } from '../../../shared/i18n/translator.js';
import { CELL, LABEL_W, heatMapRowMarkup } from './heatMapCells.js';

interface HeatMapRow {
  id: string;
  name: string;
  ratings: Readonly<Record<string, number>>;
}

export interface HeatMapColumn {
  key: string;
  name: string;
  /** Highest level an in-team function asks for; null when none does. */
  required: number | null;
}

interface Props {
  rows: readonly HeatMapRow[];
  columns: readonly HeatMapColumn[];
  lang: Lang;
  title: string;
  requiredLabel: string;
  highlightId?: string | null;
}

const HEAD_H = 118;

/**
 * Members x competencies, each cell the member's level (0-4) as number and shade; the
 * top row marks the level the team's functions require, and cells below it get a red
 * corner. Pure SVG so it prints crisply.
 */
export function HeatMap({ rows, columns, lang, title, requiredLabel, highlightId }: Props) {
  const levelNames = levelNamesIn(lang);
  const width = LABEL_W + columns.length * CELL + 4;
  const height = HEAD_H + (rows.length + 1) * CELL + 4;
  return (
    <svg
      className="chart heatmap"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={title}
      data-testid="heatmap"
    >
      <title>{title}</title>
      {columns.map((c, i) => (
        <text
          key={c.key}
          transform={`translate(${LABEL_W + i * CELL + CELL / 2 + 4}, ${HEAD_H - 6}) rotate(-55)`}
          className="heatmap-col"
        >
          {c.name}
        </text>
      ))}
      <text x={LABEL_W - 8} y={HEAD_H + CELL / 2 + 4} textAnchor="end" className="heatmap-row heatmap-required">
        {requiredLabel}
      </text>
      {columns.map((c, i) => (
        <Fragment key={c.key}>
          <rect
            x={LABEL_W + i * CELL}
            y={HEAD_H}
            width={CELL - 2}
            height={CELL - 2}
            fill="#ffffff"
            stroke="#8fa3b8"
            strokeDasharray="3 2"
          />
          <text
            x={LABEL_W + i * CELL + CELL / 2 - 1}
            y={HEAD_H + CELL / 2 + 4}
            textAnchor="middle"
            className="heatmap-value"
          >
            {c.required ?? '–'}
          </text>
        </Fragment>
      ))}
      {rows.map((row, r) => (
        <HeatMapRowCells
          key={row.id}
          row={row}
          y={HEAD_H + (r + 1) * CELL}
          columns={columns}
          levelNames={levelNames}
          highlighted={row.id === highlightId}
        />
      ))}
    </svg>
  );
}

/** The scale's level names per language, looked up once rather than once per cell. */
const levelNamesByLang = new Map<Lang, readonly string[]>();
function levelNamesIn(lang: Lang): readonly string[] {
  let names = levelNamesByLang.get(lang);
  if (!names) {
    const { render } = translator(lang);
    names = LEVELS.map((level) => render(level.label));
    levelNamesByLang.set(lang, names);
  }
  return names;
}

interface RowProps {
  row: HeatMapRow;
  y: number;
  columns: readonly HeatMapColumn[];
  levelNames: readonly string[];
  highlighted: boolean;
}

/**
 * One member's row: its group (marked when the member is pointed at, moved to the row's
 * place) around its cells, written as markup (heatMapCells.ts). Memoised: on the board a
 * drop adds or moves one member, and the rows of everyone else are not drawn again; a row
 * that only moves down or up changes its group's transform, and pointing at a member its
 * class: the cells' markup stays the same string, which React does not set again.
 */
const HeatMapRowCells = memo(function HeatMapRowCells({ row, y, columns, levelNames, highlighted }: RowProps) {
  // React compares the markup with the one it set last and sets it again only when it changed.
  return (
    <g
      className={highlighted ? 'is-highlight' : undefined}
      data-row={row.name}
      transform={`translate(0 ${y})`}
      dangerouslySetInnerHTML={{ __html: heatMapRowMarkup(row, columns, levelNames) }}
    />
  );
});
