import {
  LearningSuggestion,
  LearningSuggestionReason,
} from '@tech-learning/backstage-plugin-learning-common';
import IconButton from '@material-ui/core/IconButton';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import GroupIcon from '@material-ui/icons/Group';
import NotInterestedIcon from '@material-ui/icons/NotInterested';
import PeopleOutlineIcon from '@material-ui/icons/PeopleOutline';
import SkipNextIcon from '@material-ui/icons/SkipNext';
import { FreshnessChip } from '../format/FreshnessChip';
import { ResourceChips } from '../format/ResourceChips';
import { ResourceIcon } from '../format/ResourceIcon';
import { ResourceTitleLink } from '../format/ResourceTitleLink';

const useStyles = makeStyles(theme => ({
  reasons: {
    listStyle: 'none',
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
  },
  reason: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  reasonIcon: { fontSize: '1rem' },
  item: { paddingRight: theme.spacing(8) },
}));

function ReasonIcon(props: { type: LearningSuggestionReason['type'] }) {
  const classes = useStyles();
  switch (props.type) {
    case 'also-taken':
      return <PeopleOutlineIcon className={classes.reasonIcon} />;
    case 'group':
      return <GroupIcon className={classes.reasonIcon} />;
    case 'next-step':
      return <SkipNextIcon className={classes.reasonIcon} />;
    default:
      return <AccountTreeIcon className={classes.reasonIcon} />;
  }
}

/** Why a resource is suggested, one line per reason. */
function SuggestionReasons(props: { reasons: LearningSuggestionReason[] }) {
  const classes = useStyles();
  return (
    <ul className={classes.reasons} aria-label="Why">
      {props.reasons.map(reason => (
        <li key={`${reason.type}:${reason.message}`} className={classes.reason}>
          <ReasonIcon type={reason.type} />
          <Typography variant="body2" color="textSecondary" component="span">
            {reason.message}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/**
 * Suggested material: each resource with its chips and freshness, and the
 * reasons it is suggested; with `onDismiss`, a "Not interested" button.
 */
export function SuggestionList(props: {
  items: LearningSuggestion[];
  onDismiss?: (suggestion: LearningSuggestion) => void;
  /** Shorter: no summary and no chips, for cards. */
  dense?: boolean;
}) {
  const classes = useStyles();
  const { items, onDismiss, dense } = props;
  return (
    <List dense={dense} disablePadding>
      {items.map(suggestion => {
        const { resource } = suggestion;
        return (
          <ListItem
            key={resource.id}
            alignItems="flex-start"
            divider
            className={onDismiss ? classes.item : undefined}
            data-testid="suggestion"
          >
            <ListItemIcon>
              <ResourceIcon kind={resource.kind} />
            </ListItemIcon>
            <ListItemText
              disableTypography
              primary={
                <Typography variant="subtitle2" component="div">
                  <ResourceTitleLink resource={resource} />{' '}
                  {resource.freshness.state !== 'fresh' && (
                    <FreshnessChip freshness={resource.freshness} />
                  )}
                </Typography>
              }
              secondary={
                <>
                  {!dense && (
                    <>
                      <Typography variant="body2" color="textSecondary">
                        {resource.summary}
                      </Typography>
                      <ResourceChips resource={resource} />
                    </>
                  )}
                  <SuggestionReasons reasons={suggestion.reasons} />
                </>
              }
            />
            {onDismiss && (
              <ListItemSecondaryAction>
                <Tooltip title="Not interested">
                  <IconButton
                    edge="end"
                    aria-label={`Not interested in ${resource.title}`}
                    onClick={() => onDismiss(suggestion)}
                  >
                    <NotInterestedIcon />
                  </IconButton>
                </Tooltip>
              </ListItemSecondaryAction>
            )}
          </ListItem>
        );
      })}
    </List>
  );
}
