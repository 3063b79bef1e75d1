import { useRef } from 'react';

/**
 * The value of the last render while `equals` says nothing changed: a drop gives new
 * arrays (members, heat-map columns) that often hold the same things, and what is drawn
 * from them (heat map, radar, team roles) then keeps its memo.
 */
export function useStableValue<T>(value: T, equals: (a: T, b: T) => boolean): T {
  const last = useRef(value);
  if (last.current !== value && !equals(last.current, value)) last.current = value;
  return last.current;
}
