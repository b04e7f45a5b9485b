import { useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  LearningDiscussionPage,
  LearningDiscussionSignal,
  learningDiscussionSignalChannel,
} from '@tech-learning/backstage-plugin-learning-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { learningApiRef, LearningDiscussionPlace } from '../../api';

/** How often a discussion is read again where signals are not installed. */
const POLL_MS = 15_000;

/** The posts a page asks for at first and at each "more". */
const PAGE_SIZE = 100;

/** The key the backend gives the discussion at a place. */
function discussionKey(place: LearningDiscussionPlace): string {
  if ('cohortId' in place) {
    return `cohort:${place.cohortId}`;
  }
  if ('pathId' in place) {
    return `step:${place.pathId}:${place.stepId}`;
  }
  return `resource:${place.resourceId}`;
}

/**
 * A discussion, kept current: read again when the backend signals a new
 * or changed post (through Backstage's signals, where installed), or every
 * 15 seconds where not. What was loaded stays on screen while it is read
 * again; "more" pages on with the cursor.
 */
export function useDiscussion(place: LearningDiscussionPlace) {
  const learningApi = useApi(learningApiRef);
  const key = discussionKey(place);
  const { lastSignal, isSignalsAvailable } =
    useSignal<LearningDiscussionSignal>(learningDiscussionSignalChannel(key));
  const [page, setPage] = useState<LearningDiscussionPage>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const shown = useRef(PAGE_SIZE);
  const placeRef = useRef(place);
  placeRef.current = place;
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    try {
      // everything shown so far, in one request (the backend pages at 500)
      const found = await learningApi.getDiscussion(placeRef.current, {
        limit: Math.min(500, shown.current),
      });
      if (call === latest.current) {
        setPage(found);
        setError(undefined);
      }
    } catch (e) {
      if (call === latest.current) {
        setError(e as Error);
      }
    } finally {
      if (call === latest.current) {
        setLoading(false);
      }
    }
  }, [learningApi]);

  useEffect(() => {
    shown.current = PAGE_SIZE;
    setPage(undefined);
    setLoading(true);
    reload();
  }, [key, reload]);

  useEffect(() => {
    if (lastSignal) {
      reload();
    }
  }, [lastSignal, reload]);

  useEffect(() => {
    if (isSignalsAvailable) {
      return undefined;
    }
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [isSignalsAvailable, reload]);

  const more = useCallback(async () => {
    if (!page?.nextCursor) {
      return;
    }
    try {
      const next = await learningApi.getDiscussion(placeRef.current, {
        limit: PAGE_SIZE,
        cursor: page.nextCursor,
      });
      shown.current += next.items.length;
      setPage(current =>
        current ? { ...next, items: [...current.items, ...next.items] } : next,
      );
    } catch (e) {
      setError(e as Error);
    }
  }, [learningApi, page]);

  return { page, error, loading, reload, more, live: isSignalsAvailable };
}
