import { useState } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField, DateInput, DateSegment, Label } from 'react-aria-components';

export interface DateFieldProps {
  label: string;
  /** The stored day, YYYY-MM-DD, or null. Give the field a `key` to follow a stored value. */
  value: string | null;
  /** On leaving the field, when the day differs from `value` (null: emptied). */
  onCommit: (value: string | null) => void;
  hideLabel?: boolean;
  className?: string;
  testId?: string;
}

function dayOf(value: string | null): CalendarDate | null {
  if (value === null) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/** The body of `ui/DateInput.tsx`, in its own chunk. */
export default function DateFieldBody({ label, value, onCommit, hideLabel, className, testId }: DateFieldProps) {
  const [day, setDay] = useState(() => dayOf(value));
  return (
    <DateField
      className={className ?? 'field'}
      value={day}
      onChange={setDay}
      granularity="day"
      shouldForceLeadingZeros
      onBlur={() => {
        const next = day === null ? null : day.toString();
        if (next !== value) onCommit(next);
      }}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <DateInput className="date-input" data-testid={testId}>
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
    </DateField>
  );
}
