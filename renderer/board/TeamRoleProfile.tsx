import { LEVELS } from '../../shared/domain/levels.js';
import type { Lang } from '../../shared/domain/text.js';
import { STRONG_TEAM_ROLE_LEVEL, teamRoleProfile, type TeamRoleLine } from '../../shared/engine/teamRoleProfile.js';
import { capitalised } from '../../shared/hr/names.js';
import { translator } from '../../shared/i18n/translator.js';
import { REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

interface Props {
  plan: TeamPlan;
  memberIds: readonly string[];
  lang: Lang;
  /** The board shows it as a panel section; the printout as an A4 section with its own heading level. */
  variant?: 'board' | 'print';
}

/**
 * The team-role profile beside the competency profile: per role its standing in the
 * vocabulary's words (missing / vulnerable / covered), who has it strongly, the best level
 * and the members per level. Everything is text in a table, so nothing is told by colour.
 * Plain translator rather than a hook, so the print document can use it as it is.
 */
export function TeamRoleProfile({ plan, memberIds, lang, variant = 'board' }: Props) {
  const { t, render } = translator(lang);
  const profile = teamRoleProfile(plan, memberIds);
  const print = variant === 'print';
  const Heading = print ? 'h2' : 'h3';
  // The printout sits beside the board's panel in one page, so its heading needs its own id.
  const titleId = print ? 'print-team-roles' : 'team-roles-title';
  const names = new Map(plan.professionals.map((p) => [p.id, p.name]));
  const levelLabels = LEVELS.map((l) => t('roles.col.perLevel', { value: l.value, name: render(l.label) }));
  const body = () => {
    if (plan.teamRoles.length === 0) return <p className="muted">{t('roles.noRoles')}</p>;
    if (memberIds.length === 0) return <p className="muted">{t('roles.noMembers')}</p>;
    if (!profile.rated) return <p className="muted">{t('roles.notRated')}</p>;
    const table = (
      <table className={print ? 'print-table' : 'table'} data-testid="team-role-table">
        <caption className="visually-hidden">{t('roles.caption')}</caption>
        {/* Fixed widths: the printed table has a fixed layout, and role names must not break mid-word. */}
        {print && (
          <colgroup>
            <col style={{ width: '21%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '21%' }} />
            <col style={{ width: '13%' }} />
            {LEVELS.map((l) => (
              <col key={l.value} style={{ width: '6%' }} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t(print ? 'roles.col.role' : 'roles.col.roleAndStatus')}
            </th>
            {print && (
              <th scope="col" rowSpan={2}>
                {t('roles.col.status')}
              </th>
            )}
            <th scope="col" rowSpan={2}>
              {t('roles.col.holders')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('roles.col.best')}
            </th>
            {print ? (
              <th scope="colgroup" colSpan={LEVELS.length}>
                {t('roles.col.perLevelGroup')}
              </th>
            ) : (
              <th scope="col" rowSpan={2}>
                {t('roles.col.perLevelShort')}
              </th>
            )}
          </tr>
          {print && (
            <tr>
              {LEVELS.map((l) => (
                <th key={l.value} scope="col" className="num" title={levelLabels[l.value]}>
                  <span aria-hidden="true">{l.value}</span>
                  <span className="visually-hidden">{levelLabels[l.value]}</span>
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {profile.lines.map((line) => (
            <tr key={line.key}>
              {print ? (
                <>
                  <th scope="row">{line.name[lang]}</th>
                  <td>{capitalised(t(REQUIREMENT_STATUS_KEY[standing(line)]))}</td>
                </>
              ) : (
                // The narrow panel puts the status word under the role's name, which saves a column.
                <th scope="row">
                  {line.name[lang]}
                  <br />
                  <span className="muted">{capitalised(t(REQUIREMENT_STATUS_KEY[standing(line)]))}</span>
                </th>
              )}
              <td>
                {line.holders.length === 0
                  ? t('roles.nobody')
                  : line.holders.map((id) => names.get(id) ?? id).join(', ')}
              </td>
              <td className="num">{line.bestLevel}</td>
              {print ? (
                line.countsPerLevel.map((count, level) => (
                  <td key={level} className="num">
                    {count}
                  </td>
                ))
              ) : (
                // The narrow panel gets the five counts in one cell; a screen reader hears them with their levels.
                <td>
                  <span aria-hidden="true">{line.countsPerLevel.join('·')}</span>
                  <span className="visually-hidden">
                    {line.countsPerLevel
                      .map((members, level) => t('roles.levelCount', { label: levelLabels[level]!, members }))
                      .join(', ')}
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    );
    // Should a long role name still not fit the narrow panel, the table scrolls sideways like the heat map beside it.
    if (print) return table;
    return (
      <div className="chart-scroll" tabIndex={0} role="group" aria-label={t('roles.caption')}>
        {table}
      </div>
    );
  };
  return (
    <section
      aria-labelledby={titleId}
      className={print ? 'print-section print-keep' : 'chart-section'}
      data-testid="team-role-profile"
    >
      <Heading id={titleId}>{t('roles.title')}</Heading>
      <p className={print ? 'print-note' : 'muted'}>{t('roles.note', { level: STRONG_TEAM_ROLE_LEVEL })}</p>
      {body()}
    </section>
  );
}

/** The vocabulary's word for a role: nobody strong is missing, one person is vulnerable, more is covered. */
function standing(line: TeamRoleLine): 'missing' | 'thin' | 'covered' {
  if (line.holders.length === 0) return 'missing';
  return line.holders.length === 1 ? 'thin' : 'covered';
}
