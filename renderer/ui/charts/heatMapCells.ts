/**
 * The cells of one heat-map row as SVG markup. On the board the heat map is about half of
 * the first render's elements (30 members x 12 competencies: a rectangle with its tooltip
 * and the level per cell); as markup the browser's parser builds them, instead of React
 * making and committing a fiber, a DOM node and its attributes one by one
 * (docs/performance.md, "Sixth round: the board's first render"). The markup is exactly
 * what React rendered for the same cells (tests/unit/renderer/heatMap.test.ts compares the
 * two), user texts escaped as React escapes them.
 */

/** A cell's side and the width of the names' column, in SVG units. */
export const CELL = 26;
export const LABEL_W = 150;
/**
 * The name's box, left of the cells. The name is HTML in the SVG (a foreignObject), not an
 * SVG text: only HTML shortens a line that does not fit at its end ("Maria Theresia Johanna
 * van d…", the whole name as its tooltip), with the fonts' real widths, on screen and on paper;
 * a right-anchored SVG text ran out of the chart at its start instead.
 */
const NAME_W = LABEL_W - 8;
// Five steps of one blue: light to dark reads as more, and prints in greyscale too.
const FILL = ['#f3f6f9', '#cfe0ef', '#93bde0', '#3d87c4', '#154273'];
const INK = ['#4b5563', '#1f2937', '#1f2937', '#ffffff', '#ffffff'];

interface Row {
  name: string;
  ratings: Readonly<Record<string, number>>;
}

interface Column {
  key: string;
  name: string;
  required: number | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text as React writes it into markup: the five characters that could end it escaped. */
function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * The member's name (shortened at its end when too long), then per competency its shaded
 * rectangle with a tooltip (member, competency, level and its name), a red corner when below
 * the required level, and the level.
 * Drawn at the row's own origin: the row's group moves it into place, so a row that only
 * moves (a member added above it) keeps its markup and the browser only moves the group.
 */
export function heatMapRowMarkup(row: Row, columns: readonly Column[], levelNames: readonly string[]): string {
  const y = 0;
  const name = escapeText(row.name);
  const parts = [
    `<foreignObject x="0" y="${y}" width="${NAME_W}" height="${CELL - 2}"><div class="heatmap-name" title="${name}">${name}</div></foreignObject>`,
  ];
  columns.forEach((c, i) => {
    const level = row.ratings[c.key] ?? 0;
    const x = LABEL_W + i * CELL;
    const tooltip = escapeText(`${row.name} · ${c.name}: ${level} ${levelNames[level] ?? ''}`);
    parts.push(
      `<rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" fill="${FILL[level]}"><title>${tooltip}</title></rect>`,
    );
    if (c.required !== null && level < c.required) parts.push(`<path d="M${x} ${y} h8 l-8 8 z" fill="#b3261e"></path>`);
    parts.push(
      `<text x="${x + CELL / 2 - 1}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${INK[level]}" class="heatmap-value">${level}</text>`,
    );
  });
  return parts.join('');
}
