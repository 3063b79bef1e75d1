import type { AreaTable } from '../../shared/area/index.js';

/**
 * One area table on screen and on paper: a heading and a plain table of words and
 * numbers (no information by colour alone), or a sentence when it has no rows.
 */
export function AreaTableView({ table }: { table: AreaTable }) {
  return (
    <section className={`area-section area-section-${table.id}`} data-testid={`area-table-${table.id}`}>
      <h2>{table.title}</h2>
      {table.note && <p className="area-table-note">{table.note}</p>}
      {table.rows.length === 0 ? (
        <p className="area-empty" data-testid="area-empty">
          {table.emptyText}
        </p>
      ) : (
        <table className="print-table area-table">
          <thead>
            <tr>
              {table.columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
