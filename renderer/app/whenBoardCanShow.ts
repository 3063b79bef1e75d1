import { when } from 'mobx';

/**
 * How long a start may show nothing while the board's data is still on its way. After this,
 * the app renders its loading line; a start whose answers take longer still sees progress.
 */
const WAIT_FOR_DATA_MS = 250;

/**
 * Calls `mount` once: when `ready()` turns true (the board's data is there, or a startup
 * error to show), or after `WAIT_FOR_DATA_MS`, whichever comes first.
 *
 * Why: the startup answers usually arrive while the app chunk is evaluated, but are read
 * (`response.json()`) in tasks that queue behind it. Mounted at once, React's first render
 * came first and drew the frame with its loading line (header, menu, "De planner wordt
 * geladen…", style and layout), which the board replaced a moment later: work and a flash
 * before every board. Waiting for the data lets the first frame be the board.
 */
export function whenBoardCanShow(ready: () => boolean, mount: () => void): void {
  let mounted = false;
  const once = () => {
    if (mounted) return;
    mounted = true;
    clearTimeout(timer);
    mount();
  };
  // `when` disposes itself once it has fired (at once, if already ready); the timer stops it otherwise.
  const timer = setTimeout(() => {
    stopWaiting();
    once();
  }, WAIT_FOR_DATA_MS);
  const stopWaiting = when(ready, once);
}
