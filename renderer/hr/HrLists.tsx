import { REQUIREMENT_STATUS_KEY, SEVERITY_KEY } from '../../shared/i18n/vocabulary.js';
import { message } from '../../shared/i18n/message.js';
import { formatCalendarDay } from '../../shared/i18n/dateText.js';
import { observer } from 'mobx-react-lite';
import type { ReactNode } from 'react';
import type { TeamRef } from '../../shared/hr/index.js';
import type { HrScreenList } from '../../shared/hr/apiSchemas.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { formatNumber } from '../i18n/translate.js';
import { useT, useTranslator } from '../i18n/useT.js';
import { assessmentAgeText } from '../../shared/hr/assessmentAge.js';
import { useStores } from '../app/StoreContext.js';
import { ExportButtons } from './ExportButtons.js';

interface SectionProps {
  list: HrScreenList;
  title: string;
  count: number;
  empty: string;
  head: string[];
  children: ReactNode[];
}

/**
 * The store process sends the first rows of each list (HR reads the top first, the lists
 * are sorted worst first) with the list's full count; "show all" asks for the whole list.
 * With hundreds of teams a list can run into thousands of people. The export always holds
 * every row.
 */
const ListSection = observer(function ListSection({ list, title, count, empty, head, children }: SectionProps) {
  const t = useT();
  const { hr } = useStores();
  return (
    <section className="hr-list panel" aria-labelledby={`hr-${list}-title`} data-testid={`hr-list-${list}`}>
      <header className="hr-list-head">
        <h2 id={`hr-${list}-title`}>
          {title} <span className="hr-count">({count})</span>
        </h2>
        <ExportButtons list={list} />
      </header>
      {count === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="hr-table">
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      )}
      {children.length < count && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => hr.showAll(list)}
          data-testid={`hr-show-all-${list}`}
        >
          {t('hr.showAll', { count })}
        </button>
      )}
    </section>
  );
});

/** A team name that opens that team (the scenario HR looked at) on the composition board. */
const TeamLink = observer(function TeamLink({ team, hours }: { team: TeamRef; hours?: number }) {
  const root = useStores();
  const open = async () => {
    await root.openScenario(team.scenarioId);
    root.ui.show('board');
  };
  return (
    <button type="button" className="link-button" onClick={() => void open()}>
      {team.teamName}
      {!team.isMain && ` · ${team.scenarioName}`}
      {hours !== undefined && ` (${formatNumber(root.ui.lang, hours)})`}
    </button>
  );
});

function Teams({ teams }: { teams: readonly (TeamRef & { hours?: number })[] }) {
  return (
    <>
      {teams.map((team) => (
        // One team per line: a wrapped link fills its narrow column, so a separator between
        // links would stand alone on a line of its own.
        <span key={team.scenarioId} className="hr-team-item">
          <TeamLink team={team} {...(team.hours === undefined ? {} : { hours: team.hours })} />
        </span>
      ))}
    </>
  );
}

/** The four lists, in the order they mount (see `shown`). */
export const HR_LIST_COUNT = 4;

/**
 * The four lists HR acts on, each exportable on its own. `shown`: how many of them are
 * mounted yet, from the top; the screen mounts them one per frame after the matrix's
 * first paint, so no single task builds all their thousands of elements at once.
 */
export const HrLists = observer(function HrLists({ shown }: { shown: number }) {
  const { hr, ui } = useStores();
  const { t, render } = useTranslator();
  const overview = hr.summary;
  if (!overview) return null;
  const lang = ui.lang;
  const competencyName = new Map(overview.competencies.map((c) => [c.key, c.name[lang]]));
  return (
    <div className="hr-lists">
      {[
        <ListSection
          key="overAllocated"
          list="overAllocated"
          title={t('hr.listOverAllocated')}
          count={overview.totals.overAllocated}
          empty={t('hr.noneOverAllocated')}
          head={[
            t('hr.col.name'),
            t('hr.col.discipline'),
            t('hr.col.contract'),
            t('hr.col.allocated'),
            t('hr.col.excess'),
            t('hr.col.teams'),
          ]}
        >
          {overview.overAllocated.map((p) => (
            <tr key={p.professionalId} data-person={p.name}>
              <td>{p.name}</td>
              <td>{disciplineName(p.discipline, lang)}</td>
              <td className="num">{formatNumber(lang, p.contractHours)}</td>
              <td className="num">{formatNumber(lang, p.hoursAllocated)}</td>
              <td className="num strong">+{formatNumber(lang, p.excess)}</td>
              <td>
                <Teams teams={p.assignments} />
              </td>
            </tr>
          ))}
        </ListSection>,
        <ListSection
          key="assessments"
          list="assessments"
          title={t('hr.listAssessments', { months: hr.assessmentMonths })}
          count={overview.totals.assessments}
          empty={t('hr.noneAssessments')}
          head={[
            t('hr.col.name'),
            t('hr.col.discipline'),
            t('hr.col.assessedOn'),
            t('hr.col.reason'),
            t('hr.col.teams'),
          ]}
        >
          {overview.assessments.map((p) => (
            <tr key={p.professionalId} data-person={p.name}>
              <td>{p.name}</td>
              <td>{disciplineName(p.discipline, lang)}</td>
              <td>{p.assessedOn === null ? '–' : formatCalendarDay(lang, p.assessedOn)}</td>
              <td>{p.reason === 'missing' ? t('hr.reason.missing') : p.age && render(assessmentAgeText(p.age))}</td>
              <td>
                {p.teams.length === 0 ? <span className="muted">{t('hr.noTeam')}</span> : <Teams teams={p.teams} />}
              </td>
            </tr>
          ))}
        </ListSection>,
        <ListSection
          key="singlePerson"
          list="singlePerson"
          title={t('hr.listSinglePerson')}
          count={overview.totals.singlePerson}
          empty={t('hr.noneSinglePerson', { thin: message(REQUIREMENT_STATUS_KEY.thin) })}
          head={[t('hr.team'), t('hr.col.competency'), t('hr.col.level'), t('hr.col.holder')]}
        >
          {overview.singlePerson.map((s) => (
            <tr key={`${s.scenarioId}-${s.competency}`}>
              <td>
                <TeamLink team={s} />
              </td>
              <td>{competencyName.get(s.competency) ?? s.competency}</td>
              <td className="num">{s.requiredLevel}</td>
              <td>{s.holderName}</td>
            </tr>
          ))}
        </ListSection>,
        <ListSection
          key="advice"
          list="advice"
          title={t('hr.listAdvice')}
          count={overview.totals.advice}
          empty={t('hr.noneAdvice')}
          head={[t('hr.team'), t('hr.col.severity'), t('hr.col.advice')]}
        >
          {overview.advice.map((a, i) => (
            <tr key={`${a.scenarioId}-${a.rule}-${i}`} className={`advice-${a.severity}`}>
              <td>
                <TeamLink team={a} />
              </td>
              <td>{t(SEVERITY_KEY[a.severity])}</td>
              <td>{a.message[lang]}</td>
            </tr>
          ))}
        </ListSection>,
      ].slice(0, shown)}
    </div>
  );
});
