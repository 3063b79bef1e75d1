/**
 * Ids of draggables and drop zones on the composition board. A person can be dragged
 * from the pool or from a function (a move); a function or the pool (to remove) takes
 * the drop.
 */
export interface DragData {
  professionalId: string;
  fromFunctionId: string | null;
}

export const POOL_ZONE = 'pool';

export function poolCardId(professionalId: string): string {
  return `pool:${professionalId}`;
}

export function memberId(functionId: string, professionalId: string): string {
  return `member:${functionId}:${professionalId}`;
}

export function functionZoneId(functionId: string): string {
  return `fn:${functionId}`;
}

export function functionIdOfZone(zoneId: string | number | null | undefined): string | null {
  if (typeof zoneId !== 'string' || !zoneId.startsWith('fn:')) return null;
  return zoneId.slice(3);
}

export function isDragData(value: unknown): value is DragData {
  return typeof value === 'object' && value !== null && typeof (value as DragData).professionalId === 'string';
}
