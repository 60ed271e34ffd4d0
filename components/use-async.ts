import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a one-off read (not a live query), kept until the next read for new `deps` ends.
 * A read that ends after the component is gone, or after newer deps, is dropped; one that fails is
 * logged and leaves the last result (a page closing under a read must not become an unhandled error).
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let current = true;
    load().then(
      (result) => current && setValue(() => result),
      (error: unknown) => current && console.error('Settle: a read for this page failed', error),
    );
    return () => {
      current = false;
    };
  }, deps);
  return value;
}
