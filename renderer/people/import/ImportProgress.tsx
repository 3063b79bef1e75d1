import { Label, ProgressBar } from 'react-aria-components';

/** A bar for reading a file (how much is read) or an indeterminate one while the store checks it. */
export function ImportProgress({ label, fraction }: { label: string; fraction: number | null }) {
  return (
    <ProgressBar
      className="people-progress"
      value={fraction === null ? undefined : Math.round(fraction * 100)}
      isIndeterminate={fraction === null}
      data-testid="people-import-progress"
    >
      <Label>{label}</Label>
      <div className="people-progress-track">
        <div
          className="people-progress-fill"
          style={fraction === null ? undefined : { width: `${Math.round(fraction * 100)}%` }}
        />
      </div>
    </ProgressBar>
  );
}
