import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * Subscribes a component to a Dexie query; it re-renders whenever the data under the query changes.
 * While `ready` is false (something the query needs is still coming) it asks nothing and stays loading.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = [], ready = true): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    if (!ready) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: Error) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, [...deps, ready]);
  return state;
}
