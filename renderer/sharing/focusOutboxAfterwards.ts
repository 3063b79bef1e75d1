import { useEffect } from 'react';

/**
 * A control of the wachtrij that goes away once it has done its work (a settled conflict,
 * "Nu opnieuw proberen" once all is sent) takes the focus of whoever pressed it along: the
 * focus then moves to the wachtrij's heading in the same dialog, where the outcome shows,
 * instead of falling to the page or the first field of the dialog.
 */
export function useFocusOutboxAfterwards(): void {
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost) document.getElementById('sharing-outbox-title')?.focus();
    },
    [],
  );
}
