import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LearningFeedback } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Rating from '@material-ui/lab/Rating';
import { useCallback, useEffect, useState } from 'react';
import { learningApiRef } from '../../api';
import { formatDate } from '../format/format';

const PAGE = 10;

/** The average rating and what learners wrote, newest first. */
export function FeedbackCard(props: { resourceId: string; version: number }) {
  const { resourceId, version } = props;
  const learningApi = useApi(learningApiRef);
  const [items, setItems] = useState<LearningFeedback[]>([]);
  const [rating, setRating] = useState<{ average?: number; count: number }>();
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();

  const load = useCallback(
    async (offset: number) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await learningApi.listFeedback(resourceId, {
          limit: PAGE,
          offset,
        });
        setItems(previous =>
          offset === 0 ? page.items : [...previous, ...page.items],
        );
        setRating(page.rating);
        setTotal(page.totalCount);
      } catch (e) {
        setError(e as Error);
      } finally {
        setLoading(false);
      }
    },
    [learningApi, resourceId],
  );

  useEffect(() => {
    load(0);
  }, [load, version]);

  const content = () => {
    if (error) {
      return (
        <Alert severity="error">
          Could not load the feedback: {error.message}
        </Alert>
      );
    }
    if (!rating) {
      return <Progress />;
    }
    if (rating.count === 0) {
      return (
        <Typography variant="body2" color="textSecondary">
          Nobody has rated it yet.
        </Typography>
      );
    }
    return (
      <>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <Rating value={rating.average ?? 0} precision={0.1} readOnly />
          <Typography variant="body2">
            {rating.average?.toFixed(1)} from {rating.count}{' '}
            {rating.count === 1 ? 'rating' : 'ratings'}
          </Typography>
        </Box>
        <List dense aria-label="Comments">
          {items.map(feedback => (
            <ListItem key={feedback.userRef} disableGutters divider>
              <ListItemText
                primary={
                  <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                    <Rating value={feedback.rating} size="small" readOnly />
                    <EntityRefLink
                      entityRef={feedback.userRef}
                      defaultKind="user"
                    />
                    <Typography variant="caption" color="textSecondary">
                      {formatDate(feedback.updatedAt)}
                    </Typography>
                  </Box>
                }
                secondary={feedback.comment}
              />
            </ListItem>
          ))}
        </List>
        {items.length < total && (
          <Button
            size="small"
            disabled={loading}
            onClick={() => load(items.length)}
          >
            {loading ? 'Loading…' : 'More feedback'}
          </Button>
        )}
      </>
    );
  };

  return <InfoCard title="Feedback">{content()}</InfoCard>;
}
