import { EntityLearningItem } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Rating from '@material-ui/lab/Rating';
import { enrolmentStateLabel } from './format';

/** `4.5 (6 ratings)`, or that nobody rated it yet. */
export function RatingSummary(props: { rating: EntityLearningItem['rating'] }) {
  const { average, count } = props.rating;
  if (average === undefined || count === 0) {
    return (
      <Typography variant="caption" color="textSecondary">
        Not rated yet
      </Typography>
    );
  }
  const label = `Rated ${average.toFixed(1)} of 5 by ${count} ${
    count === 1 ? 'learner' : 'learners'
  }`;
  return (
    <Box display="inline-flex" alignItems="center" title={label}>
      <Rating
        value={average}
        precision={0.5}
        size="small"
        readOnly
        aria-label={label}
      />
      <Typography variant="caption" color="textSecondary">
        &nbsp;{average.toFixed(1)} ({count})
      </Typography>
    </Box>
  );
}

/** `12 learners, 7 completed`. */
export function learnersLabel(
  item: Pick<EntityLearningItem, 'learners' | 'completions'>,
) {
  if (item.learners === 0) {
    return 'No learners yet';
  }
  return `${item.learners} ${item.learners === 1 ? 'learner' : 'learners'}, ${
    item.completions
  } completed`;
}

/** The viewer's own state on an item: a bar and its label. */
export function MyProgress(props: { item: EntityLearningItem }) {
  const mine = props.item.myEnrolment;
  if (!mine) {
    return null;
  }
  const label =
    mine.state === 'completed'
      ? 'You completed it'
      : `You: ${enrolmentStateLabel(mine.state).toLocaleLowerCase('en-US')}, ${
          mine.progress
        }%`;
  return (
    <Box minWidth={120}>
      <Typography variant="caption">{label}</Typography>
      <LinearProgress
        variant="determinate"
        value={mine.progress}
        aria-label={label}
      />
    </Box>
  );
}
