import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  LEARNING_ENTITY_ASPECT_NAMES,
  LearningFreshness,
  LearningFreshnessState,
} from '@tech-learning/backstage-plugin-learning-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { darken, lighten, makeStyles, Theme } from '@material-ui/core/styles';
import { formatDate } from './format';

const LABELS: Record<LearningFreshnessState, string> = {
  fresh: 'Fresh',
  due: 'Due for review',
  'possibly-outdated': 'Possibly outdated',
  broken: 'Broken',
};

const EXPLANATIONS: Record<LearningFreshnessState, string> = {
  fresh: 'Reviewed within its review interval.',
  due: 'Its review date plus its review interval has passed.',
  'possibly-outdated':
    'An entity it teaches changed in a way that matters since its last review.',
  broken:
    'Its owner, one of its SMEs or an entity it is linked to is no longer in the catalog.',
};

/** An entity ref as people read it (`component:payments-api`). */
const shortRef = (ref: string) => humanizeEntityRef(parseEntityRef(ref));

/** What made a resource broken or possibly outdated, one line per cause. */
export function freshnessReasons(freshness: LearningFreshness): string[] {
  return [
    ...(freshness.missing ?? []).map(
      ref => `${shortRef(ref)} is no longer in the catalog`,
    ),
    ...(freshness.changed ?? []).map(
      change =>
        `${shortRef(
          change.entityRef,
        )} changed since the last review: ${change.aspects
          .map(a => LEARNING_ENTITY_ASPECT_NAMES[a])
          .join(', ')}`,
    ),
  ];
}

/**
 * Text in the state's colour, dark enough on a light theme (and light
 * enough on a dark one) for a contrast of at least 4.5:1 at chip size.
 */
const readable = (theme: Theme, color: string) =>
  theme.palette.type === 'dark' ? lighten(color, 0.4) : darken(color, 0.35);

const useStyles = makeStyles(theme => ({
  fresh: {
    borderColor: theme.palette.success.main,
    color: readable(theme, theme.palette.success.main),
  },
  due: {
    borderColor: theme.palette.warning.main,
    color: readable(theme, theme.palette.warning.main),
  },
  'possibly-outdated': {
    borderColor: theme.palette.warning.main,
    color: readable(theme, theme.palette.warning.main),
  },
  broken: {
    borderColor: theme.palette.error.main,
    color: readable(theme, theme.palette.error.main),
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
    <Tooltip
      title={[
        EXPLANATIONS[state],
        ...freshnessReasons(props.freshness).map(r => `${r}.`),
      ]
        .join(' ')
        .concat(due)}
    >
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
