import { DependencyList, useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';

/**
 * `useAsync` with a `retry` that always loads again. react-use's
 * `useAsyncRetry` ignores a retry asked while a load is under way, which
 * left a card showing what it had before the change it was told of; here a
 * retry is a new dependency, and the latest load wins.
 */
export function useReloadableAsync<T>(
  fn: () => Promise<T>,
  deps: DependencyList,
) {
  const [version, setVersion] = useState(0);
  const state = useAsync(fn, [...deps, version]);
  const retry = useCallback(() => setVersion(v => v + 1), []);
  return { ...state, retry };
}
