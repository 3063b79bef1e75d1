import {
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  pointerWithin,
  type UniqueIdentifier,
} from '@dnd-kit/core';

const NEXT = [KeyboardCode.Down, KeyboardCode.Right] as string[];
const PREVIOUS = [KeyboardCode.Up, KeyboardCode.Left] as string[];

/** How a keyboard drag moves: the sensor's coordinate getter and the collision detection, sharing one target. */
interface ZoneJumps {
  coordinates: KeyboardCoordinateGetter;
  collision: CollisionDetection;
  /** Forgets the previous drag's zone; the board calls it when a drag starts. */
  reset(): void;
}

/**
 * Keyboard dragging jumps from drop zone to drop zone in reading order (pool, in-team
 * functions, shell functions) instead of nudging the card by pixels: arrow down/right is
 * the next zone, up/left the previous one. `order` is read at key time, so new
 * functions take part without re-creating the sensor.
 *
 * The zone a key chose is kept by its id, and the collision detection answers with that
 * id for a keyboard drag. Geometry cannot be trusted for it: the page (or the pool's
 * list) scrolls smoothly after each step, and while it scrolls the card's corner passes
 * the gap between two lanes ("hangt niet boven een functie") or lands in a neighbour, so
 * the next key counted from the wrong zone, skipping one or going back.
 */
export function zoneJumps(order: () => readonly string[]): ZoneJumps {
  let target: UniqueIdentifier | null = null;
  return {
    coordinates: (event, { context }) => {
      const forward = NEXT.includes(event.code);
      if (!forward && !PREVIOUS.includes(event.code)) return undefined;
      event.preventDefault();
      const zones = order().filter((id) => context.droppableRects.has(id));
      if (zones.length === 0) return undefined;
      const from = target ?? context.over?.id ?? null;
      const current = from === null ? -1 : zones.indexOf(String(from));
      const nextIndex = current < 0 ? 0 : (current + (forward ? 1 : -1) + zones.length) % zones.length;
      const next = zones[nextIndex]!;
      const rect = context.droppableRects.get(next);
      if (!rect) return undefined;
      target = next;
      // The card goes to the zone's middle, so it is seen there and the page scrolls to it.
      return { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 60) };
    },
    collision: (args) => {
      // Mouse and touch: the zone under the pointer.
      if (args.pointerCoordinates) return pointerWithin(args);
      const chosen = target === null ? undefined : args.droppableContainers.find((c) => c.id === target);
      if (chosen) return [{ id: chosen.id, data: { droppableContainer: chosen, value: 0 } }];
      // A keyboard drag before its first arrow key: the zone that holds the card's top-left corner (the pool).
      const { left, top } = args.collisionRect;
      return pointerWithin({ ...args, pointerCoordinates: { x: left + 2, y: top + 2 } });
    },
    reset: () => {
      target = null;
    },
  };
}
