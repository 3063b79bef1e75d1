import { type CollisionDetection, KeyboardCode, type KeyboardCoordinateGetter, pointerWithin } from '@dnd-kit/core';

const NEXT = [KeyboardCode.Down, KeyboardCode.Right] as string[];
const PREVIOUS = [KeyboardCode.Up, KeyboardCode.Left] as string[];

/**
 * Keyboard dragging jumps from drop zone to drop zone in reading order (pool, in-team
 * functions, shell functions) instead of nudging the card by pixels: arrow down/right is
 * the next zone, up/left the previous one. `order` is read at key time, so new
 * functions take part without re-creating the sensor.
 */
export function zoneJumpingCoordinates(order: () => readonly string[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const forward = NEXT.includes(event.code);
    if (!forward && !PREVIOUS.includes(event.code)) return undefined;
    event.preventDefault();
    const zones = order().filter((id) => context.droppableRects.has(id));
    if (zones.length === 0) return undefined;
    const current = context.over ? zones.indexOf(String(context.over.id)) : -1;
    const nextIndex = current < 0 ? 0 : (current + (forward ? 1 : -1) + zones.length) % zones.length;
    const rect = context.droppableRects.get(zones[nextIndex]!);
    if (!rect) return undefined;
    // The card's top-left corner (what `zoneCollision` reads) lands in the zone's middle,
    // so the scroll that follows the move cannot tip it into the neighbouring zone.
    return { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 60) };
  };
}

/**
 * Pointer (mouse, touch): the zone under the pointer. Keyboard: the zone that holds the
 * dragged card's top-left corner, where zoneJumpingCoordinates put it.
 */
export const zoneCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const { left, top } = args.collisionRect;
  return pointerWithin({ ...args, pointerCoordinates: { x: left + 2, y: top + 2 } });
};
