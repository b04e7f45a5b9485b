import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LearningLinkSuggestion } from '@tech-learning/backstage-plugin-learning-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import { learningApiRef } from '../../api';
import { useAction } from '../../hooks/useAction';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { formatDate, RELATION_TITLES } from '../format/format';
import { ResourceChips } from '../format/ResourceChips';
import { ResourceTitleLink } from '../format/ResourceTitleLink';

/** At most this many suggestions are listed, newest first. */
const LIMIT = 100;

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0, width: '100%' },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
}));

function SuggestionItem(props: {
  suggestion: LearningLinkSuggestion;
  onDecided(accepted: boolean): void;
}) {
  const classes = useStyles();
  const learningApi = useApi(learningApiRef);
  const { busy, error, run } = useAction();
  const { suggestion } = props;
  const title = suggestion.resource.title;
  return (
    <li className={classes.item} aria-label={title}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        style={{ gap: 8 }}
      >
        <div>
          <Typography variant="subtitle2" component="div">
            <ResourceTitleLink resource={suggestion.resource} />
          </Typography>
          <ResourceChips resource={suggestion.resource} />
          <Typography variant="body2" color="textSecondary">
            {RELATION_TITLES[suggestion.relation]}, suggested by{' '}
            <EntityRefLink
              entityRef={suggestion.suggestedBy}
              defaultKind="user"
            />{' '}
            on {formatDate(suggestion.suggestedAt)}
          </Typography>
        </div>
        {suggestion.mayReview && (
          <Box display="flex" style={{ gap: 8 }}>
            <Button
              variant="contained"
              color="primary"
              size="small"
              disabled={busy}
              aria-label={`Accept ${title}`}
              onClick={() =>
                run(async () => {
                  await learningApi.acceptLinkSuggestion(suggestion.id);
                  props.onDecided(true);
                })
              }
            >
              Accept
            </Button>
            <Button
              size="small"
              disabled={busy}
              aria-label={`Dismiss ${title}`}
              onClick={() =>
                run(async () => {
                  await learningApi.dismissLinkSuggestion(suggestion.id);
                  props.onDecided(false);
                })
              }
            >
              Dismiss
            </Button>
          </Box>
        )}
      </Box>
      {error && (
        <Alert severity="error" role="alert" style={{ marginTop: 8 }}>
          {error}
        </Alert>
      )}
    </li>
  );
}

/**
 * Material that people outside the entity's owners linked to it: not on
 * the entity's card or in its material until one of the owners accepts it,
 * and shown here collapsed, with Accept and Dismiss for the owners. Absent
 * when there is none.
 */
export function SuggestedByOthers(props: {
  entityRef: string;
  /** Called after an accept: the entity's material changed. */
  onAccepted(): void;
}) {
  const classes = useStyles();
  const learningApi = useApi(learningApiRef);
  const { value, error, retry } = useReloadableAsync(
    () =>
      learningApi.listLinkSuggestions({
        entityRef: props.entityRef,
        limit: LIMIT,
      }),
    [learningApi, props.entityRef],
  );
  if (error) {
    return (
      <Alert severity="error">
        Could not load the material others suggested: {error.message}
      </Alert>
    );
  }
  // while loading, and when there is none, nothing takes the place
  if (!value || value.items.length === 0) {
    return null;
  }
  const mayReview = value.items.some(s => s.mayReview);
  return (
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls="learning-suggested-by-others"
        id="learning-suggested-by-others-header"
      >
        <div>
          <Typography variant="h6" component="h2">
            Suggested by others ({value.items.length}
            {value.nextCursor ? '+' : ''})
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {mayReview
              ? 'Linked by people outside its owners: accept what belongs on this page.'
              : 'Linked by people outside its owners, and not on this page until one of them accepts it.'}
          </Typography>
        </div>
      </AccordionSummary>
      <AccordionDetails id="learning-suggested-by-others">
        <ul className={classes.list}>
          {value.items.map(suggestion => (
            <SuggestionItem
              key={suggestion.id}
              suggestion={suggestion}
              onDecided={accepted => {
                retry();
                if (accepted) props.onAccepted();
              }}
            />
          ))}
        </ul>
      </AccordionDetails>
    </Accordion>
  );
}
