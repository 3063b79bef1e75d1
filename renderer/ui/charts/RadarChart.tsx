export interface RadarAxis {
  key: string;
  name: string;
  required: number;
  team: number;
}

interface Props {
  axes: readonly RadarAxis[];
  max: number;
  title: string;
  requiredLabel: string;
  teamLabel: string;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 105;

function point(index: number, count: number, value: number, max: number): [number, number] {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (value / max) * RADIUS;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

function polygon(values: readonly number[], max: number): string {
  return values.map((v, i) => point(i, values.length, v, max).join(',')).join(' ');
}

/** Required profile (dashed) against the team's best level per competency (filled). SVG, prints crisply. */
export function RadarChart({ axes, max, title, requiredLabel, teamLabel }: Props) {
  if (axes.length < 3) return null;
  const rings = Array.from({ length: max }, (_, i) => i + 1);
  return (
    <svg
      className="chart radar"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={title}
      data-testid="radar"
    >
      <title>{title}</title>
      {rings.map((ring) => (
        <polygon
          key={ring}
          points={polygon(
            axes.map(() => ring),
            max,
          )}
          fill="none"
          stroke="#d5dde6"
        />
      ))}
      {axes.map((axis, i) => {
        const [x, y] = point(i, axes.length, max, max);
        const [lx, ly] = point(i, axes.length, max + 0.9, max);
        return (
          <g key={axis.key}>
            <line x1={CENTER} y1={CENTER} x2={x} y2={y} stroke="#d5dde6" />
            <text
              x={lx}
              y={ly}
              textAnchor={lx < CENTER - 5 ? 'end' : lx > CENTER + 5 ? 'start' : 'middle'}
              className="radar-label"
            >
              {axis.name}
            </text>
          </g>
        );
      })}
      <polygon
        points={polygon(
          axes.map((a) => a.team),
          max,
        )}
        fill="rgba(21,66,115,0.25)"
        stroke="#154273"
        strokeWidth={2}
        data-series="team"
      />
      <polygon
        points={polygon(
          axes.map((a) => a.required),
          max,
        )}
        fill="none"
        stroke="#b3261e"
        strokeWidth={2}
        strokeDasharray="6 4"
        data-series="required"
      />
      <g transform={`translate(8, ${SIZE - 30})`} className="radar-legend">
        <line x1={0} y1={6} x2={22} y2={6} stroke="#b3261e" strokeWidth={2} strokeDasharray="6 4" />
        <text x={28} y={10}>
          {requiredLabel}
        </text>
        <rect x={0} y={16} width={22} height={10} fill="rgba(21,66,115,0.25)" stroke="#154273" />
        <text x={28} y={25}>
          {teamLabel}
        </text>
      </g>
    </svg>
  );
}
