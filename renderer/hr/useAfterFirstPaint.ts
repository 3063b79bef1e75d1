import { useEffect, useState } from 'react';

/**
 * How many of `parts` may be mounted: 0 until the browser has painted once after `ready`
 * became true, then one more after each following frame, up to `parts`. Parts of a screen
 * below what the user came for (on the HR screen the four lists and the development
 * plan's form, thousands of elements) mount a moment later and one at a time, so the
 * first paint shows the matrix without building them first, and no single task after it
 * builds them all at once (a long task keeps the page from answering input, and an
 * automated test from seeing the matrix, until it ends).
 */
export function useAfterFirstPaint(ready: boolean, parts: number): number {
  const [mounted, setMounted] = useState(0);
  useEffect(() => {
    if (!ready || mounted >= parts) return;
    // The frame callback runs before that frame's paint; the timeout it sets runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setMounted((n) => n + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, mounted, parts]);
  return mounted;
}
