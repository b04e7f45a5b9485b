import { LearningResourceSummary } from '@tech-learning/backstage-plugin-learning-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { capitalize, formatDuration, formatLabel, kindLabel } from './format';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
  },
  chip: { margin: 0 },
}));

/** Kind, format, level and duration of a resource, as small chips. */
export function ResourceChips(props: {
  resource: Pick<
    LearningResourceSummary,
    'kind' | 'format' | 'level' | 'durationMinutes'
  >;
  extra?: string[];
}) {
  const classes = useStyles();
  const { resource } = props;
  const labels = [
    kindLabel(resource.kind),
    formatLabel(resource.format),
    capitalize(resource.level),
    formatDuration(resource.durationMinutes),
    ...(props.extra ?? []),
  ].filter((l): l is string => Boolean(l));
  return (
    <span className={classes.chips}>
      {labels.map(label => (
        <Chip
          key={label}
          label={label}
          size="small"
          variant="outlined"
          className={classes.chip}
        />
      ))}
    </span>
  );
}
