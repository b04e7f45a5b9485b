import { useCallback, useEffect, useRef, useState } from 'react';

/** A page of a cursor-paginated list of the backend. */
interface ListPage<T> {
  items: T[];
  totalCount: number;
  nextCursor?: string;
}

/**
 * A list read a page at a time: the first page whenever `fetchPage`
 * changes (new filters), more on `loadMore`. A new request cancels the one
 * in flight (through the signal `fetchPage` gets), and only the answer to
 * the latest request is shown, whatever order the answers come back in.
 */
export function usePagedList<T>(
  fetchPage: (cursor?: string, signal?: AbortSignal) => Promise<ListPage<T>>,
) {
  const [state, setState] = useState<ListPage<T>>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const latest = useRef(0);
  const inFlight = useRef<AbortController>();

  const load = useCallback(
    async (cursor?: string) => {
      const request = ++latest.current;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setLoading(true);
      setError(undefined);
      try {
        const page = await fetchPage(cursor, controller.signal);
        if (request !== latest.current) {
          return;
        }
        setState(previous => ({
          items: cursor
            ? [...(previous?.items ?? []), ...page.items]
            : page.items,
          totalCount: page.totalCount,
          nextCursor: page.nextCursor,
        }));
      } catch (e) {
        if (request === latest.current) {
          setError(e as Error);
        }
      } finally {
        if (request === latest.current) {
          setLoading(false);
        }
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    load();
  }, [load]);
  // nothing answers a list that is gone
  useEffect(() => () => inFlight.current?.abort(), []);

  return {
    /** Absent until the first page came. */
    page: state,
    loading,
    error,
    loadMore: () => load(state?.nextCursor),
  };
}
