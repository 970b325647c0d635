/**
 * Loading a screen's working set (online from the server, offline from the copy kept on the
 * phone), for the savings screens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Loaded } from '../offline/working-set.ts';

export interface LoadState<T> {
  loaded: Loaded<T> | null;
  error: unknown;
  reload: () => void;
}

export function useLoaded<T>(load: () => Promise<Loaded<T>>, deps: unknown[]): LoadState<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (value) => isCurrent && (setLoaded(value), setError(null)),
      (err: unknown) => isCurrent && setError(err),
    );
    return () => {
      isCurrent = false;
    };
  }, [...deps, round]);
  return { loaded, error, reload: () => setRound((r) => r + 1) };
}
