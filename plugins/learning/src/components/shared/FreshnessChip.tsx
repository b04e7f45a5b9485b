import {
  LearningFreshness,
  LearningFreshnessState,
} from '@tech-learning/backstage-plugin-learning-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import { formatDate } from './format';

const LABELS: Record<LearningFreshnessState, string> = {
  fresh: 'Fresh',
  due: 'Due for review',
  'possibly-outdated': 'Possibly outdated',
  broken: 'Broken link',
};

const EXPLANATIONS: Record<LearningFreshnessState, string> = {
  fresh: 'Reviewed within its review interval.',
  due: 'Its review date plus its review interval has passed.',
  'possibly-outdated':
    'An entity it teaches changed in a way that matters since its last review.',
  broken: 'An entity it is linked to no longer exists in the catalog.',
};

const useStyles = makeStyles(theme => ({
  fresh: {
    borderColor: theme.palette.success.main,
    color: theme.palette.success.dark,
  },
  due: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  'possibly-outdated': {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  broken: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.dark,
  },
}));

/** How far a resource can be trusted, with why on hover and focus. */
export function FreshnessChip(props: { freshness: LearningFreshness }) {
  const classes = useStyles();
  const { state, reviewDueAt } = props.freshness;
  const due = reviewDueAt
    ? ` Review ${state === 'fresh' ? 'due' : 'was due'} ${formatDate(
        reviewDueAt,
      )}.`
    : '';
  return (
    <Tooltip title={`${EXPLANATIONS[state]}${due}`}>
      <Chip
        label={LABELS[state]}
        size="small"
        variant="outlined"
        className={classes[state]}
        tabIndex={0}
      />
    </Tooltip>
  );
}

export function freshnessLabel(state: LearningFreshnessState): string {
  return LABELS[state];
}
