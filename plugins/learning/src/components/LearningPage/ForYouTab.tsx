import {
  EmptyState,
  InfoCard,
  LinkButton,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  LearningSuggestion,
  LearningSuggestionPage,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Snackbar from '@material-ui/core/Snackbar';
import Typography from '@material-ui/core/Typography';
import { useCallback, useState } from 'react';
import { learningApiRef } from '../../api';
import { usePagedList } from '../../hooks/usePagedList';
import { rootRouteRef } from '../../routes';
import { LoadMoreButton } from '../lists/LoadMoreButton';
import { SuggestionList } from '../lists/SuggestionList';

const PAGE = 20;

type PageFacts = Pick<
  LearningSuggestionPage,
  'newcomer' | 'onboarding' | 'teams'
>;

/** Why there is nothing to suggest, and what to do about it. */
function NothingToSuggest(props: { facts?: PageFacts }) {
  const learningRoute = useRouteRef(rootRouteRef);
  const { facts } = props;
  const noTeam = facts && (facts.teams ?? []).length === 0;
  return (
    <EmptyState
      missing="content"
      title={
        facts?.newcomer
          ? 'Nothing to suggest yet'
          : 'You have seen everything we would suggest'
      }
      description={
        noTeam
          ? 'Suggestions come from what your teams own in the catalog and from what you learn. You are in no team in the catalog, and you have not enrolled in anything yet: browse the material, and suggestions follow what you take.'
          : 'Suggestions come from what your teams own, depend on and consume, from what learners who took the same material took next, and from what your teams learn. None of it points at material you have not taken or dismissed.'
      }
      action={
        <LinkButton
          variant="contained"
          color="primary"
          to={`${learningRoute()}/all`}
        >
          Browse learning material
        </LinkButton>
      }
    />
  );
}

/**
 * "For you": material for the signed-in user, best first, each with why;
 * "Not interested" hides one for good, with a moment to undo.
 */
export function ForYouTab() {
  const learningApi = useApi(learningApiRef);
  const [facts, setFacts] = useState<PageFacts>();
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [undoable, setUndoable] = useState<LearningSuggestion>();
  const [actionError, setActionError] = useState<Error>();

  const fetchPage = useCallback(
    async (cursor?: string, signal?: AbortSignal) => {
      const page = await learningApi.getMyRecommendations(
        { limit: PAGE, cursor },
        { signal },
      );
      if (!cursor) {
        setFacts({
          newcomer: page.newcomer,
          onboarding: page.onboarding,
          teams: page.teams,
        });
      }
      return page;
    },
    [learningApi],
  );
  const { page, loading, error, loadMore } = usePagedList(fetchPage);

  const showAgain = (id: string) =>
    setDismissed(previous => {
      const next = new Set(previous);
      next.delete(id);
      return next;
    });
  const dismiss = async (suggestion: LearningSuggestion) => {
    const { id } = suggestion.resource;
    setActionError(undefined);
    setDismissed(previous => new Set(previous).add(id));
    try {
      await learningApi.dismissRecommendation(id);
      setUndoable(suggestion);
    } catch (e) {
      showAgain(id);
      setActionError(e as Error);
    }
  };
  const undo = async () => {
    const suggestion = undoable;
    setUndoable(undefined);
    if (!suggestion) {
      return;
    }
    try {
      await learningApi.undoDismissal(suggestion.resource.id);
      showAgain(suggestion.resource.id);
    } catch (e) {
      setActionError(e as Error);
    }
  };

  const items = page?.items.filter(i => !dismissed.has(i.resource.id));
  const onboarding =
    facts?.newcomer && facts.onboarding ? [facts.onboarding] : [];
  return (
    <Box>
      {error && <ResponseErrorPanel error={error} />}
      {actionError && <ResponseErrorPanel error={actionError} />}
      {!items && loading && <Progress />}
      {onboarding.length > 0 && (
        <Box mb={2}>
          <InfoCard title="Start here">
            <Typography variant="body2" paragraph>
              You have not enrolled in anything yet. The learning path of your
              team's system is the way in:
            </Typography>
            <SuggestionList items={onboarding} />
          </InfoCard>
        </Box>
      )}
      {items && items.length === 0 && !error && (
        <NothingToSuggest facts={facts} />
      )}
      {items && items.length > 0 && (
        <InfoCard
          title="Suggested for you"
          subheader={`${
            page?.totalCount ?? items.length
          } suggestions, each with why`}
        >
          <SuggestionList items={items} onDismiss={dismiss} />
        </InfoCard>
      )}
      {page?.nextCursor && (
        <Box mt={2}>
          <LoadMoreButton loading={loading} onClick={loadMore} />
        </Box>
      )}
      <Snackbar
        open={undoable !== undefined}
        autoHideDuration={8000}
        onClose={() => setUndoable(undefined)}
        message={
          undoable
            ? `${undoable.resource.title} will not be suggested again`
            : ''
        }
        action={
          <Button color="secondary" size="small" onClick={undo}>
            Undo
          </Button>
        }
      />
    </Box>
  );
}
