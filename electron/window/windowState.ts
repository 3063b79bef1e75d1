import { z } from 'zod';

/**
 * Where the main window was and how big, remembered across launches in a small JSON
 * file in userData. A saved position is only reused when the window would still be
 * visible on one of the current displays (a laptop undocked from its second screen
 * must not open the planner off-screen).
 */

const windowBoundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
});

export const windowStateSchema = z.strictObject({
  bounds: windowBoundsSchema,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEFAULT_SIZE = { width: 1280, height: 860 };

/** How much of the window (in pixels per side) must lie on a display to count as visible. */
const MIN_VISIBLE = 100;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open the window with: the saved ones when they are visible on a
 * current display (size capped to that display), otherwise only the saved size
 * (capped to the primary display), so the system centres the window.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): { x?: number; y?: number; width: number; height: number } {
  const primary = workAreas[0];
  const cap = (size: { width: number; height: number }, area: Rectangle | undefined) =>
    area ? { width: Math.min(size.width, area.width), height: Math.min(size.height, area.height) } : size;
  if (!saved) return cap(DEFAULT_SIZE, primary);
  const visibleOn = workAreas.find((area) => {
    const o = overlap(saved.bounds, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  if (!visibleOn) return cap({ width: saved.bounds.width, height: saved.bounds.height }, primary);
  return { x: saved.bounds.x, y: saved.bounds.y, ...cap(saved.bounds, visibleOn) };
}

/** The window's state as it should be saved: a maximized window keeps its normal bounds. */
export function captureState(window: { getNormalBounds(): Rectangle; isMaximized(): boolean }): WindowState | null {
  const b = window.getNormalBounds();
  const parsed = windowStateSchema.safeParse({
    bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) },
    maximized: window.isMaximized(),
  });
  return parsed.success ? parsed.data : null;
}
