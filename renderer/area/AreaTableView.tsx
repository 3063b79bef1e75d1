import type { AreaTable } from '../../shared/area/index.js';
import { useTranslator } from '../i18n/useT.js';
import { printParts } from './printParts.js';

/** Columns beside the row's name that fit on one landscape A4 page with words whole. */
const PRINT_COLUMNS = 9;

/**
 * One area table on screen and on paper: a heading and a plain table of words and
 * numbers (no information by colour alone), or a sentence when it has no rows. On screen
 * a wide table (a column per team) scrolls sideways in its own box, which the keyboard
 * reaches and scrolls; on paper it is printed in parts of a few columns (printParts.ts).
 */
export function AreaTableView({ table }: { table: AreaTable }) {
  const { t } = useTranslator();
  const parts = printParts(table.columns.length, PRINT_COLUMNS);
  return (
    <section className={`area-section area-section-${table.id}`} data-testid={`area-table-${table.id}`}>
      <h2>{table.title}</h2>
      {table.note && <p className="area-table-note">{table.note}</p>}
      {table.rows.length === 0 ? (
        <p className="area-empty" data-testid="area-empty">
          {table.emptyText}
        </p>
      ) : (
        <>
          <div
            className={`area-table-scroll${parts.length > 1 ? ' area-screen-only' : ''}`}
            role="region"
            aria-label={table.title}
            tabIndex={0}
            data-testid="area-table-scroll"
          >
            <TableOf table={table} columns={parts.length > 1 ? null : parts[0]!} />
          </div>
          {parts.length > 1 &&
            parts.map((columns, p) => (
              <div key={p} className="area-print-only area-print-part">
                <p className="area-table-part">
                  {t('area.tablePart', { title: table.title, part: p + 1, parts: parts.length })}
                </p>
                <TableOf table={table} columns={columns} />
              </div>
            ))}
        </>
      )}
    </section>
  );
}

/** The table with the given columns (by index), or all of them (null). */
function TableOf({ table, columns }: { table: AreaTable; columns: number[] | null }) {
  const { number } = useTranslator();
  const shown = columns ?? table.columns.map((_, i) => i);
  return (
    <table className="print-table area-table">
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c} scope="col">
              {table.columns[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {shown.map((c) =>
              c === 0 ? (
                <th key={c} scope="row">
                  {row[c]}
                </th>
              ) : (
                <td key={c} className={typeof row[c] === 'number' ? 'num' : undefined}>
                  <Cell value={row[c]!} number={number} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A cell's content: a number as the language writes it ("2.444", as the sentences beside it
 * do), a list with an entry per line (one per team or person; never one run-on text).
 */
function Cell({ value, number }: { value: AreaTable['rows'][number][number]; number: (value: number) => string }) {
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return value;
  return (
    <ul className="area-cell-list" data-testid="area-cell-list">
      {value.map((entry, i) => (
        <li key={i}>{entry}</li>
      ))}
    </ul>
  );
}
