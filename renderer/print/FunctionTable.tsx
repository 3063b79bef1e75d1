import type { Lang } from '../../shared/domain/text.js';
import { coverageText } from '../../shared/engine/shownCoverage.js';
import { disciplineName } from '../../shared/hr/names.js';
import { translator } from '../../shared/i18n/translator.js';
import { PLACEMENT_KEY, REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import { expertiseName } from '../ui/catalogueNames.js';
import type { PrintedFunction } from './printModel.js';
import { Breakable } from './Breakable.js';

/**
 * Functions with their members and hours; each function's row stays whole on one page.
 * Under the name, the vakkennis the function asks for, with level, people and the
 * vocabulary's status word (the same as the board's), so paper shows it beside coverage.
 */
export function FunctionTable({ functions, lang }: { functions: readonly PrintedFunction[]; lang: Lang }) {
  const { t, number, render } = translator(lang);
  return (
    <table className="print-table print-functions" data-testid="print-functions">
      <thead>
        <tr>
          <th>{t('printDoc.fn.function')}</th>
          <th className="num">{t('printDoc.fn.hoursRequired')}</th>
          <th className="num">{t('printDoc.fn.hoursAllocated')}</th>
          <th className="num">{t('printDoc.fn.coverage')}</th>
          <th>{t('printDoc.fn.members')}</th>
        </tr>
      </thead>
      <tbody>
        {functions.map((f) => (
          <tr key={f.id} data-function={f.name}>
            <td>
              <span className="strong">{f.name}</span>
              {f.expertise.length > 0 && (
                <ul className="print-expertise-list" data-testid="print-function-expertise">
                  {f.expertise.map((e) => (
                    <li key={`${e.scope}:${e.key}`} data-status={e.status}>
                      {t('vk.requirementName', { name: expertiseName(e.key, lang) })} ≥{e.level}
                      {e.minPeople > 1 ? ` ×${e.minPeople}` : ''}
                      {e.scope === 'team' ? ` (${t('vk.teamWide')})` : ''}: {t(REQUIREMENT_STATUS_KEY[e.status])}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="num">{number(f.hoursRequired)}</td>
            <td className="num">
              {f.placement === 'team' && f.hoursAllocated < f.hoursRequired
                ? t('printDoc.fn.short', { hours: f.hoursAllocated })
                : number(f.hoursAllocated)}
            </td>
            <td className="num">
              {f.placement === 'shell' ? t(PLACEMENT_KEY.shell) : render(coverageText(f.coverage))}
            </td>
            <td>
              {f.members.length === 0 ? (
                // The coverage column already says "in de schil": this column says what that means for members.
                <em>{t(f.placement === 'shell' ? 'printDoc.fn.shellNoMembers' : 'printDoc.fn.nobodyYet')}</em>
              ) : (
                <ul className="print-members-list">
                  {f.members.map((m) => (
                    <li key={m.id}>
                      <Breakable text={m.name} /> – <Breakable text={disciplineName(m.discipline, lang)} />
                      {m.organisation ? (
                        <>
                          , <Breakable text={m.organisation} />
                        </>
                      ) : (
                        ''
                      )}{' '}
                      ({number(m.hours)})
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
