import { useRef } from 'preact/hooks';

/** True from the first render in which `condition` held, and from then on (a list's first page came in). */
export function useOnceTrue(condition: boolean): boolean {
  const seen = useRef(false);
  if (condition) seen.current = true;
  return seen.current;
}
