import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { describeError } from './errors';

/** What an openapi-fetch call answers. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  /** Why the last load failed, in Chinese; null when it did not. */
  error: string | null;
  reload(): void;
}

/** Loads with `load` whenever `deps` change; a late answer to an older load is dropped. */
export function useLoad<T>(load: () => Promise<Answer<T>>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    setLoading(true);
    run()
      .then(({ data: answer, error: refusal, response }) => {
        if (!current) return;
        if (answer !== undefined) {
          setData(answer);
          setError(null);
        } else setError(describeError(response.status, refusal));
      })
      .catch(() => current && setError('无法连接服务器，请检查网络后重试'))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [run, generation]);

  return { data, loading, error, reload: () => setGeneration((g) => g + 1) };
}
