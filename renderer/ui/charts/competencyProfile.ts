import type { CoverageReport } from '../../../shared/engine/types.js';
import type { HeatMapColumn } from './HeatMap.js';
import type { RadarAxis } from './RadarChart.js';

/**
 * The input of the heat map and the radar from a coverage report's competency profile:
 * one column and one axis per competency in the profile, named in the reader's language.
 * `order` (competency keys, e.g. the catalogue's) sets the sequence; without it the
 * profile's own order stands. The board and the print both draw from this.
 */
export function competencyProfile(
  report: Pick<CoverageReport, 'profile'>,
  competencyName: (key: string) => string,
  order?: readonly string[],
): { columns: HeatMapColumn[]; axes: RadarAxis[] } {
  const byKey = new Map(report.profile.map((p) => [p.competency, p]));
  const keys = order ? order.filter((key) => byKey.has(key)) : report.profile.map((p) => p.competency);
  const entries = keys.map((key) => byKey.get(key)!);
  return {
    columns: entries.map((p) => ({ key: p.competency, name: competencyName(p.competency), required: p.requiredLevel })),
    axes: entries.map((p) => ({
      key: p.competency,
      name: competencyName(p.competency),
      required: p.requiredLevel ?? 0,
      team: p.best,
    })),
  };
}
