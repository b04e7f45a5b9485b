import { useCallback, useEffect, useRef, useState } from 'react';

/** A page of a cursor-paginated list of the backend. */
interface ListPage<T> {
  items: T[];
  totalCount: number;
  nextCursor?: string;
}

/**
 * A list read a page at a time: the first page whenever `fetchPage`
 * changes (new filters), more on `loadMore`. Only the answer to the latest
 * request is shown, whatever order the answers come back in.
 */
export function usePagedList<T>(
  fetchPage: (cursor?: string) => Promise<ListPage<T>>,
) {
  const [state, setState] = useState<ListPage<T>>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const latest = useRef(0);

  const load = useCallback(
    async (cursor?: string) => {
      const request = ++latest.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await fetchPage(cursor);
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

  return {
    /** Absent until the first page came. */
    page: state,
    loading,
    error,
    loadMore: () => load(state?.nextCursor),
  };
}
