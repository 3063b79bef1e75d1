import type { Locator } from '@playwright/test';
import { expect } from './fixtures.js';

/** Where a control stands on the page, named by its locator for the failure message. */
export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the locators, each required to be laid out. */
export async function boxesOf(locators: Locator[]): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const locator of locators) {
    const box = await locator.boundingBox();
    expect(box, `${locator} is laid out`).not.toBeNull();
    boxes.push({ name: String(locator), ...box! });
  }
  return boxes;
}

/** The pairs of boxes that overlap, as "a / b": empty when every control stands apart. */
export function overlapping(boxes: Box[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) found.push(`${a.name} / ${b.name}`);
    }
  }
  return found;
}
