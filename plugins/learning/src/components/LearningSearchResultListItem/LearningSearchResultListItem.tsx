import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useAnalytics } from '@backstage/core-plugin-api';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import {
  LearningEmbedSearchDocument,
  LearningResourceSearchDocument,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import GroupWorkIcon from '@material-ui/icons/GroupWork';
import { ReactNode } from 'react';
import { FreshnessChip } from '../format/FreshnessChip';
import { RatingSummary } from '../format/ItemStats';
import { ResourceIcon } from '../format/ResourceIcon';
import { seatsOf, startOf, weeksOf } from '../format/embedFormat';
import { ResourceChips } from '../format/ResourceChips';

const useStyles = makeStyles(theme => ({
  item: { display: 'flex', alignItems: 'flex-start' },
  icon: { marginTop: theme.spacing(0.5) },
  text: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 3,
    overflow: 'hidden',
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(1),
  },
}));

/**
 * Props of {@link LearningSearchResultListItem}: what the search page
 * gives each result.
 *
 * @public
 */
export interface LearningSearchResultListItemProps {
  result?: SearchDocument;
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** Do not report a click on the result to the analytics API. */
  noTrack?: boolean;
}

const isEmbed = (
  document: SearchDocument,
): document is LearningEmbedSearchDocument => 'host' in document;

const shortRef = (ref: string, defaultKind?: string) =>
  humanizeEntityRef(parseEntityRef(ref), { defaultKind });

/** What the search engine matched in a field, marked, or the field as is. */
function Matched(props: {
  field: 'title' | 'text';
  document: SearchDocument;
  highlight?: ResultHighlight;
}) {
  const { field, document, highlight } = props;
  const marked = highlight?.fields[field];
  return marked ? (
    <HighlightedSearchResultText
      text={marked}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    <>{document[field]}</>
  );
}

function ResourceFacts(props: { document: LearningResourceSearchDocument }) {
  const { document } = props;
  return (
    <>
      <ResourceChips resource={document} />
      <FreshnessChip freshness={{ state: document.freshness }} />
      <RatingSummary
        rating={{ average: document.rating, count: document.ratingCount }}
      />
      {document.teachesTitles.length > 0 && (
        <Typography variant="caption" color="textSecondary">
          Teaches {document.teachesTitles.join(', ')}
        </Typography>
      )}
    </>
  );
}

function EmbedChips(props: { document: LearningEmbedSearchDocument }) {
  const { document } = props;
  const labels = [
    'Embed',
    weeksOf(document.durationWeeks),
    startOf(document),
    seatsOf(document),
  ];
  return (
    <>
      {labels.map(label => (
        <Chip key={label} label={label} size="small" variant="outlined" />
      ))}
      <Typography variant="caption" color="textSecondary">
        Hosted by {shortRef(document.host, 'group')}
      </Typography>
    </>
  );
}

/**
 * A learning resource or an embed among Backstage search results: its
 * icon, title and matched text, and chips of what it is (format, level,
 * duration, freshness, rating, what it teaches; for an embed its host,
 * dates and seats).
 *
 * @public
 */
export function LearningSearchResultListItem(
  props: LearningSearchResultListItemProps,
) {
  const { result, highlight, rank, noTrack } = props;
  const classes = useStyles();
  const analytics = useAnalytics();
  if (!result) {
    return null;
  }
  const document = result as
    | LearningResourceSearchDocument
    | LearningEmbedSearchDocument;
  const onClick = () => {
    if (!noTrack) {
      analytics.captureEvent('discover', result.title, {
        attributes: { to: result.location },
        value: rank,
      });
    }
  };
  const icon =
    props.icon ??
    (isEmbed(document) ? (
      <GroupWorkIcon titleAccess="Embed" />
    ) : (
      <ResourceIcon kind={document.kind} />
    ));
  return (
    <ListItem alignItems="flex-start" className={classes.item} divider>
      <ListItemIcon className={classes.icon}>{icon}</ListItemIcon>
      <Box flexGrow={1}>
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={result.location} onClick={onClick}>
              <Matched field="title" document={result} highlight={highlight} />
            </Link>
          }
          secondary={
            <span className={classes.text}>
              <Matched field="text" document={result} highlight={highlight} />
            </span>
          }
        />
        <Box className={classes.chips}>
          {isEmbed(document) ? (
            <EmbedChips document={document} />
          ) : (
            <ResourceFacts document={document} />
          )}
        </Box>
      </Box>
    </ListItem>
  );
}
