import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';

/**
 * What a draggable's shell hands to its memoised body: dnd-kit's results from
 * `useDraggable`, which stay the same objects across renders for every item but the one
 * being dragged, so a memo on the body holds while a drag starts, moves and ends.
 */
export interface DraggableHandle {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setNodeRef: (element: HTMLElement | null) => void;
  isDragging: boolean;
}
