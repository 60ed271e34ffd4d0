import { useRef, useState } from 'preact/hooks';

/**
 * Guards a form's writes against a double click or a second submit: while one runs, `busy` is
 * true (buttons show disabled) and any other call returns at once, doing nothing. The guard is a
 * ref, not state, so two submits in the same tick — before the page re-renders — still run once.
 */
export function useOneAtATime() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  function once<A extends unknown[]>(fn: (...args: A) => Promise<unknown>) {
    return async (...args: A): Promise<void> => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        await fn(...args);
      } finally {
        running.current = false;
        setBusy(false);
      }
    };
  }
  return { busy, once };
}
