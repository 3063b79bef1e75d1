import { disciplineName } from '../../shared/hr/names.js';
import { formatNumber } from '../i18n/translate.js';
import type { PrintedFunction } from './printModel.js';

const hours = (value: number) => formatNumber('nl', value);

/** Functions with their members and hours; each function's row stays whole on one page. */
export function FunctionTable({ functions }: { functions: readonly PrintedFunction[] }) {
  return (
    <table className="print-table print-functions" data-testid="print-functions">
      <thead>
        <tr>
          <th>Functie</th>
          <th className="num">Uren nodig</th>
          <th className="num">Ingezet</th>
          <th className="num">Dekking</th>
          <th>Leden (uren per week)</th>
        </tr>
      </thead>
      <tbody>
        {functions.map((f) => (
          <tr key={f.id} data-function={f.name}>
            <td className="strong">{f.name}</td>
            <td className="num">{hours(f.hoursRequired)}</td>
            <td className="num">
              {hours(f.hoursAllocated)}
              {f.placement === 'team' && f.hoursAllocated < f.hoursRequired ? ' (tekort)' : ''}
            </td>
            <td className="num">{f.placement === 'shell' ? 'schil' : `${Math.round(f.coverage * 100)}%`}</td>
            <td>
              {f.members.length === 0 ? (
                <em>{f.placement === 'shell' ? 'via de schil' : 'nog niemand'}</em>
              ) : (
                <ul className="print-members-list">
                  {f.members.map((m) => (
                    <li key={m.id}>
                      {m.name} – {disciplineName(m.discipline, 'nl')}
                      {m.organisation ? `, ${m.organisation}` : ''} ({hours(m.hours)})
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
