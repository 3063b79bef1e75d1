import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once after `ready` became true, then true. Parts of
 * a screen below what the user came for (on the HR screen the lists and the development
 * plan's form, whose list of the whole pool is thousands of options) mount a moment
 * later, so the first paint shows the matrix without building and laying them out first.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // The frame callback runs before that frame's paint; the timeout it sets runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
