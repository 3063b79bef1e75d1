import { LEVELS, MAX_LEVEL } from '../../shared/domain/levels.js';
import type { Lang } from '../../shared/domain/text.js';
import { adviceAbout, MIN_ASSIGNMENT_HOURS } from '../../shared/engine/index.js';
import { coverageText, shownTeamCoverage, wholePercent } from '../../shared/engine/shownCoverage.js';
import { FTE_HOURS } from '../../shared/hr/fte.js';
import {
  capitalised,
  disciplineName,
  modelName,
  organisationTypeName,
  positioningName,
} from '../../shared/hr/names.js';
import { formatCalendarDay } from '../../shared/i18n/dateText.js';
import { translator } from '../../shared/i18n/translator.js';
import { REQUIREMENT_STATUS_KEY, SEVERITY_KEY } from '../../shared/i18n/vocabulary.js';
import { HeatMap } from '../ui/charts/HeatMap.js';
import { Breakable } from './Breakable.js';
import { RadarChart } from '../ui/charts/RadarChart.js';
import { competencyProfile } from '../ui/charts/competencyProfile.js';
import { expertiseName } from '../ui/catalogueNames.js';
import { teamExpertiseShort } from '../board/teamExpertiseNote.js';
import { FunctionTable } from './FunctionTable.js';
import { TeamRoleProfile } from '../board/TeamRoleProfile.js';
import type { PrintModel } from './printModel.js';
import './print.css';

interface Props {
  model: PrintModel;
  scenarioName: string | null;
  /** The date as printed, e.g. "23 november 2026". */
  dateText: string;
  competencyName: (key: string) => string;
  /** The UI language; Dutch unless the user chose English. */
  lang: Lang;
  /** The team's name as h1 when printed alone; h2 in the print screen's preview, under the screen's own h1. */
  titleLevel?: 'h1' | 'h2';
}

/**
 * The printed team composition overview: A4, for the municipality or consortium to read
 * and sign, in the UI's language with the vocabulary's words for statuses and severities.
 * Black-and-white safe: statuses are words, the level chart prints its numbers, the
 * profile chart's two series differ by line style. Every table keeps its rows whole
 * across pages (print.css); page numbers and the date are in the page margins.
 */
export function PrintDocument({ model, scenarioName, dateText, competencyName, lang, titleLevel = 'h1' }: Props) {
  const Title = titleLevel;
  const { t, number, render } = translator(lang);
  const { plan, report, totals } = model;
  const teamCoverage = shownTeamCoverage(report);
  const team = plan.team;
  const { columns, axes } = competencyProfile(report, competencyName);
  const memberRows = model.members.map((m) => ({
    id: m.id,
    name: m.name,
    ratings: plan.professionals.find((p) => p.id === m.id)!.ratings,
  }));
  const inTeam = model.functions.filter((f) => f.placement === 'team');
  const inShell = model.functions.filter((f) => f.placement === 'shell');
  const levels = LEVELS.map((l) => t('printDoc.levelName', { value: l.value, name: l.label })).join(', ');
  return (
    <article className="print-doc" lang={lang} data-testid="print-doc">
      <header className="print-head">
        <p className="print-kicker">{t('printDoc.kicker')}</p>
        <Title className="print-title">{team.name}</Title>
        <dl className="print-facts">
          <div>
            <dt>{t('printDoc.fact.area')}</dt>
            <dd>{team.area || '–'}</dd>
          </div>
          <div>
            <dt>{t('printDoc.fact.organisationType')}</dt>
            <dd>{organisationTypeName(team.organisationType, lang)}</dd>
          </div>
          <div>
            <dt>{t('printDoc.fact.model')}</dt>
            <dd>{modelName(team.model, lang)}</dd>
          </div>
          <div>
            <dt>{t('printDoc.fact.positioning')}</dt>
            <dd>{positioningName(team.positioning, lang)}</dd>
          </div>
          <div>
            <dt>{t('printDoc.fact.scenario')}</dt>
            <dd>{scenarioName ?? t('printDoc.mainScenario')}</dd>
          </div>
          <div>
            <dt>{t('printDoc.fact.date')}</dt>
            <dd>{dateText}</dd>
          </div>
        </dl>
      </header>

      <section className="print-section print-keep" aria-labelledby="print-totals">
        <h2 id="print-totals">{t('printDoc.totals')}</h2>
        <table className="print-table print-totals">
          <tbody>
            <tr>
              <th scope="row">{t('printDoc.totals.coverage')}</th>
              <td data-testid="print-team-coverage">
                {teamCoverage.kind === 'asked'
                  ? t('printDoc.totals.coverageValue', {
                      percent: wholePercent(teamCoverage.share),
                      covered: report.requirementsCovered,
                      total: report.requirementsTotal,
                    })
                  : render(coverageText(teamCoverage))}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('printDoc.totals.hoursRequired')}</th>
              <td>{t('printDoc.totals.hoursValue', { hours: totals.hoursRequired, fte: totals.fteRequired })}</td>
            </tr>
            <tr>
              <th scope="row">{t('printDoc.totals.hoursAllocated')}</th>
              <td>{t('printDoc.totals.hoursValue', { hours: totals.hoursAllocated, fte: totals.fteAllocated })}</td>
            </tr>
            <tr>
              <th scope="row">{t('printDoc.totals.members')}</th>
              <td>{t('printDoc.totals.membersValue', { count: totals.members, fte: totals.contractFte })}</td>
            </tr>
          </tbody>
        </table>
        <p className="print-note">{t('printDoc.totals.fteNote', { hours: FTE_HOURS })}</p>
      </section>

      <section className="print-section" aria-labelledby="print-functions-team">
        <h2 id="print-functions-team">{t('printDoc.functionsInTeam')}</h2>
        <FunctionTable functions={inTeam} lang={lang} />
        {teamExpertiseShort(report.expertise) && (
          // Beside the coverage percentage above, as on the board and in Stel samen: it leaves this out.
          <p className="print-note" data-testid="print-team-expertise-note">
            {t('coverage.teamExpertiseNotCounted')}
          </p>
        )}
      </section>
      {inShell.length > 0 && (
        <section className="print-section print-keep" aria-labelledby="print-functions-shell">
          <h2 id="print-functions-shell">{t('printDoc.functionsInShell')}</h2>
          <p className="print-note">{t('printDoc.shellNote')}</p>
          <FunctionTable functions={inShell} lang={lang} />
        </section>
      )}

      <section className="print-section" aria-labelledby="print-members">
        <h2 id="print-members">{t('printDoc.members')}</h2>
        <table className="print-table print-people" data-testid="print-members">
          <thead>
            <tr>
              <th>{t('printDoc.col.name')}</th>
              <th>{t('printDoc.col.discipline')}</th>
              <th>
                {/* The catalogue marks where the long header may break (a soft hyphen): a <wbr> here. */}
                <Breakable text={t('printDoc.col.organisation')} />
              </th>
              <th>{t('printDoc.col.binding')}</th>
              <th className="num">{t('printDoc.col.contract')}</th>
              <th className="num">{t('printDoc.col.inTeam')}</th>
              <th>{t('printDoc.col.assessed')}</th>
            </tr>
          </thead>
          <tbody>
            {model.members.map((m) => (
              <tr key={m.id}>
                <td>
                  <Breakable text={m.name} />
                </td>
                <td>
                  <Breakable text={disciplineName(m.discipline, lang)} />
                </td>
                <td>{m.organisation ? <Breakable text={m.organisation} /> : '–'}</td>
                <td>
                  {t(m.binding === 'hierarchical' ? 'printDoc.binding.hierarchical' : 'printDoc.binding.functional')}
                </td>
                <td className="num">{number(m.contractHours)}</td>
                <td className="num">
                  {number(m.hoursInTeam)}
                  {/* On its own line: the narrow hours column does not wrap. The rule counts other teams too. */}
                  {m.overAllocated && (
                    <>
                      <br />
                      {t('printDoc.overAllocated')}
                    </>
                  )}
                </td>
                <td>{m.assessedOn === null ? t('printDoc.neverAssessed') : formatCalendarDay(lang, m.assessedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="print-section print-keep print-chart" aria-labelledby="print-heatmap">
        <h2 id="print-heatmap">{t('printDoc.levels')}</h2>
        <p className="print-note">{t('printDoc.levelsNote', { levels })}</p>
        {memberRows.length === 0 ? (
          <p>{t('printDoc.noMembers')}</p>
        ) : (
          <HeatMap
            rows={memberRows}
            columns={columns}
            lang={lang}
            title={t('printDoc.levelsChart')}
            requiredLabel={t('printDoc.required')}
          />
        )}
      </section>
      <section className="print-section print-keep print-chart" aria-labelledby="print-radar">
        <h2 id="print-radar">{t('printDoc.profile')}</h2>
        <p className="print-note">{t('printDoc.profileNote')}</p>
        <RadarChart
          axes={axes}
          max={MAX_LEVEL}
          title={t('printDoc.profileChart')}
          requiredLabel={t('printDoc.required')}
          teamLabel={t('printDoc.team')}
        />
      </section>
      <TeamRoleProfile plan={plan} memberIds={report.memberIds} lang={lang} variant="print" />

      <section className="print-section" aria-labelledby="print-gaps">
        <h2 id="print-gaps">{t('printDoc.gaps')}</h2>
        {model.gaps.length === 0 ? (
          <p>{t('printDoc.noGaps')}</p>
        ) : (
          <table className="print-table" data-testid="print-gaps">
            <thead>
              <tr>
                <th>{t('printDoc.gap.function')}</th>
                <th>{t('printDoc.gap.competency')}</th>
                <th>{t('printDoc.gap.status')}</th>
                <th>{t('printDoc.gap.proposal')}</th>
              </tr>
            </thead>
            <tbody>
              {model.gaps.map((g) => (
                <tr key={`${g.functionName}-${g.kind}-${g.competency}`}>
                  <td>{g.functionName}</td>
                  <td>
                    {g.kind === 'expertise'
                      ? t('vk.requirementName', { name: expertiseName(g.competency, lang) })
                      : competencyName(g.competency)}
                  </td>
                  <td>
                    {t('printDoc.gap.statusValue', {
                      status: capitalised(t(REQUIREMENT_STATUS_KEY[g.status])),
                      // The board's and the report's words for people short, so a gap of people shows.
                      people: t('req.qualified', { qualified: g.qualified, needed: g.minPeople }),
                      level: g.level,
                      best: g.best,
                    })}
                  </td>
                  <td>
                    {g.candidates.length > 0
                      ? t('printDoc.gap.add', {
                          candidates: g.candidates
                            .map((c) =>
                              c.hasRoom
                                ? t('printDoc.gap.candidate', { name: c.name, hours: c.hoursAvailable })
                                : t('printDoc.gap.candidateNoRoom', {
                                    name: c.name,
                                    hours: c.hoursAvailable,
                                    min: MIN_ASSIGNMENT_HOURS,
                                  }),
                            )
                            .join(', '),
                        })
                      : t('printDoc.gap.nobody')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="print-section" aria-labelledby="print-advice">
        <h2 id="print-advice">{t('printDoc.advice')}</h2>
        {model.advice.length === 0 ? (
          <p>{t('printDoc.noAdvice')}</p>
        ) : (
          <ul className="print-advice">
            {model.advice.map((a, i) => (
              <li key={`${a.rule}-${i}`}>
                <strong>{t(SEVERITY_KEY[a.severity])}:</strong> {render(a.message)}
                <PrintAdviceSource ruleId={a.rule} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="print-section print-keep print-sign" aria-labelledby="print-sign">
        <h2 id="print-sign">{t('printDoc.sign')}</h2>
        <table className="print-table">
          <tbody>
            <tr>
              <th scope="row">{t('printDoc.sign.name')}</th>
              <td />
              <th scope="row">{t('printDoc.sign.function')}</th>
              <td />
            </tr>
            <tr>
              <th scope="row">{t('printDoc.sign.date')}</th>
              <td />
              <th scope="row">{t('printDoc.sign.signature')}</th>
              <td className="print-signature" />
            </tr>
          </tbody>
        </table>
      </section>
    </article>
  );
}

/** On paper the source of each piece of advice is printed in full, under it. */
function PrintAdviceSource({ ruleId, lang }: { ruleId: string; lang: Lang }) {
  const about = adviceAbout(ruleId);
  return about ? <span className="print-advice-about">{translator(lang).render(about)}</span> : null;
}
