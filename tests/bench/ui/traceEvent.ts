/**
 * One event of a Chromium trace as the cold-start profiles read it (Chrome's Trace Event
 * Format): `X` events with wall (`dur`) and thread (`tdur`) durations in µs, `M` metadata
 * naming threads, and the layout events' object counts.
 */
export interface TraceEvent {
  ph?: string;
  name?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; beginData?: { totalObjects?: number; dirtyObjects?: number } };
}
