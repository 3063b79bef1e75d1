import { LEVELS, MAX_LEVEL } from '../../shared/domain/levels.js';
import { FTE_HOURS } from '../../shared/hr/fte.js';
import { disciplineName, modelName, organisationTypeName, positioningName } from '../../shared/hr/names.js';
import { HeatMap } from '../ui/charts/HeatMap.js';
import { RadarChart } from '../ui/charts/RadarChart.js';
import { translator } from '../../shared/i18n/translator.js';
import { formatNumber } from '../i18n/translate.js';
import { FunctionTable } from './FunctionTable.js';
import type { PrintModel } from './printModel.js';
import './print.css';

interface Props {
  model: PrintModel;
  scenarioName: string | null;
  /** The date as printed, e.g. "23 november 2026". */
  dateText: string;
  competencyName: (key: string) => string;
}

const SEVERITY_TEXT = { critical: 'Kritiek', warning: 'Waarschuwing', info: 'Ter info' } as const;
const hours = (value: number) => formatNumber('nl', value);

/**
 * The printed team composition overview: A4, Dutch, for the municipality or consortium
 * to read and sign. Black-and-white safe: statuses are words, the heat map prints its
 * numbers, the radar's two series differ by line style. Every table keeps its rows
 * whole across pages (print.css); page numbers and the date are in the page margins.
 */
export function PrintDocument({ model, scenarioName, dateText, competencyName }: Props) {
  const { plan, report, totals } = model;
  const team = plan.team;
  const profile = new Map(report.profile.map((p) => [p.competency, p]));
  const columns = report.profile.map((p) => ({ key: p.competency, name: competencyName(p.competency), required: p.requiredLevel }));
  const axes = columns.map((c) => ({ key: c.key, name: c.name, required: c.required ?? 0, team: profile.get(c.key)?.best ?? 0 }));
  const memberRows = model.members.map((m) => ({ id: m.id, name: m.name, ratings: plan.professionals.find((p) => p.id === m.id)!.ratings }));
  const inTeam = model.functions.filter((f) => f.placement === 'team');
  const inShell = model.functions.filter((f) => f.placement === 'shell');
  return (
    <article className="print-doc" lang="nl" data-testid="print-doc">
      <header className="print-head">
        <p className="print-kicker">Teamsamenstelling</p>
        <h1>{team.name}</h1>
        <dl className="print-facts">
          <div><dt>Gebied</dt><dd>{team.area || '–'}</dd></div>
          <div><dt>Organisatietype</dt><dd>{organisationTypeName(team.organisationType, 'nl')}</dd></div>
          <div><dt>Model</dt><dd>{modelName(team.model, 'nl')}</dd></div>
          <div><dt>Positionering</dt><dd>{positioningName(team.positioning, 'nl')}</dd></div>
          <div><dt>Scenario</dt><dd>{scenarioName ?? 'Hoofdscenario'}</dd></div>
          <div><dt>Datum</dt><dd>{dateText}</dd></div>
        </dl>
      </header>

      <section className="print-section print-keep" aria-labelledby="print-totals">
        <h2 id="print-totals">Kerncijfers</h2>
        <table className="print-table print-totals">
          <tbody>
            <tr><th scope="row">Teamdekking</th><td>{Math.round(report.teamCoverage * 100)}% ({report.requirementsCovered} van {report.requirementsTotal} eisen gedekt)</td></tr>
            <tr><th scope="row">Uren nodig (functies in het team)</th><td>{hours(totals.hoursRequired)} uur per week = {formatNumber('nl', totals.fteRequired)} fte</td></tr>
            <tr><th scope="row">Uren ingezet</th><td>{hours(totals.hoursAllocated)} uur per week = {formatNumber('nl', totals.fteAllocated)} fte</td></tr>
            <tr><th scope="row">Teamleden</th><td>{totals.members} personen, samen {formatNumber('nl', totals.contractFte)} fte volgens contract</td></tr>
          </tbody>
        </table>
        <p className="print-note">1 fte = {FTE_HOURS} uur per week.</p>
      </section>

      <section className="print-section" aria-labelledby="print-functions-team">
        <h2 id="print-functions-team">Functies in het team</h2>
        <FunctionTable functions={inTeam} />
      </section>
      {inShell.length > 0 && (
        <section className="print-section print-keep" aria-labelledby="print-functions-shell">
          <h2 id="print-functions-shell">Functies in de schil</h2>
          <p className="print-note">Het team verwijst hiervoor naar specialisten rond het team; deze functies tellen niet mee in dekking en uren.</p>
          <FunctionTable functions={inShell} />
        </section>
      )}

      <section className="print-section" aria-labelledby="print-members">
        <h2 id="print-members">Teamleden</h2>
        <table className="print-table print-people" data-testid="print-members">
          <thead>
            <tr><th>Naam</th><th>Discipline</th><th>{'Moeder\u00adorganisatie'}</th><th>Binding</th><th className="num">Contract</th><th className="num">In team</th><th>Beoordeeld</th></tr>
          </thead>
          <tbody>
            {model.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{disciplineName(m.discipline, 'nl')}</td>
                <td>{m.organisation || '–'}</td>
                <td>{m.binding === 'hierarchical' ? 'hiërarchisch' : 'functioneel'}</td>
                <td className="num">{hours(m.contractHours)}</td>
                <td className="num">
                  {hours(m.hoursInTeam)}
                  {/* On its own line: the narrow hours column does not wrap. */}
                  {m.overAllocated && <><br />{'(te veel)'}</>}
                </td>
                <td>{m.assessedOn ?? 'nooit'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="print-section print-keep print-chart" aria-labelledby="print-heatmap">
        <h2 id="print-heatmap">Dekking per competentie (heatmap)</h2>
        <p className="print-note">
          Per teamlid het niveau 0–4 ({LEVELS.map((l) => `${l.value} ${translator('nl').render(l.label)}`).join(', ')}). De bovenste rij is het vereiste niveau; een hoekje markeert een niveau onder de eis.
        </p>
        {memberRows.length === 0 ? (
          <p>Het team heeft nog geen leden.</p>
        ) : (
          <HeatMap rows={memberRows} columns={columns} lang="nl" title="Heatmap van de competenties" requiredLabel="Vereist" />
        )}
      </section>
      <section className="print-section print-keep print-chart" aria-labelledby="print-radar">
        <h2 id="print-radar">Profiel van het team (radar)</h2>
        <p className="print-note">Gestreepte lijn: vereist niveau. Gevuld vlak: hoogste niveau in het team.</p>
        <RadarChart axes={axes} max={MAX_LEVEL} title="Radar: vereist tegenover team" requiredLabel="Vereist" teamLabel="Team" />
      </section>

      <section className="print-section" aria-labelledby="print-gaps">
        <h2 id="print-gaps">Gaten en voorgestelde oplossingen</h2>
        {model.gaps.length === 0 ? (
          <p>Alle eisen van de functies in het team zijn gedekt.</p>
        ) : (
          <table className="print-table" data-testid="print-gaps">
            <thead>
              <tr><th>Functie</th><th>Competentie</th><th>Status</th><th>Voorstel</th></tr>
            </thead>
            <tbody>
              {model.gaps.map((g) => (
                <tr key={`${g.functionName}-${g.competency}`}>
                  <td>{g.functionName}</td>
                  <td>{competencyName(g.competency)}</td>
                  <td>{g.status === 'missing' ? 'Ontbreekt' : 'Deels gedekt'} (nodig {g.level}, beste {g.best})</td>
                  <td>
                    {g.candidates.length > 0
                      ? `Toevoegen: ${g.candidates.map((c) => `${c.name} (${hours(c.hoursAvailable)} uur vrij)`).join(', ')}`
                      : 'Niemand in de pool heeft dit niveau: werven, inhuren of scholen.'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="print-section" aria-labelledby="print-advice">
        <h2 id="print-advice">Ontwerpadvies</h2>
        {model.advice.length === 0 ? (
          <p>Geen adviezen: de samenstelling past bij het gekozen type en model.</p>
        ) : (
          <ul className="print-advice">
            {model.advice.map((a, i) => (
              <li key={`${a.rule}-${i}`}>
                <strong>{SEVERITY_TEXT[a.severity]}:</strong> {translator('nl').render(a.message)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="print-section print-keep print-sign" aria-labelledby="print-sign">
        <h2 id="print-sign">Vaststelling</h2>
        <table className="print-table">
          <tbody>
            <tr><th scope="row">Naam</th><td /><th scope="row">Functie</th><td /></tr>
            <tr><th scope="row">Datum</th><td /><th scope="row">Handtekening</th><td className="print-signature" /></tr>
          </tbody>
        </table>
      </section>
    </article>
  );
}
