import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/** Subscribes a component to a Dexie query; it re-renders whenever the data under the query changes. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: Error) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
