import { lazy, Suspense } from 'react';
import type { DateFieldProps } from './date/DateFieldBody.js';

// react-aria's DateField and @internationalized/date load with the first date field shown
// (a professional's editor), not with the board's start.
const DateFieldBody = lazy(() => import('./date/DateFieldBody.js'));

/**
 * The planner's date field: the day in the app's language (dd-mm-jjjj in Dutch, dd/mm/yyyy
 * in English, from the I18nProvider of app/AppLocale.tsx), each part typed or changed with
 * the arrow keys. `<input type=date>` wrote the operating system's order ("03/12/2025" for
 * 12 maart in a Dutch screen). The value stays an ISO day (YYYY-MM-DD) or null.
 */
export function DateInput(props: DateFieldProps) {
  return (
    <Suspense fallback={<div className={props.className ?? 'field'} data-testid={props.testId} aria-busy="true" />}>
      <DateFieldBody {...props} />
    </Suspense>
  );
}
