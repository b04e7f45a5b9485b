import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useEntityLearningSummary } from '../../hooks/useEntityLearningSummary';
import {
  learningWithYouLabel,
  useLearningWithYou,
} from '../../hooks/useLearningWithYou';
import { rootRouteRef } from '../../routes';
import { EmbedItems } from '../lists/EmbedList';
import { DocsList } from '../lists/DocsList';
import { FreshnessChip } from '../format/FreshnessChip';
import { learnersLabel, MyProgress, RatingSummary } from '../format/ItemStats';
import { ResourceChips } from '../format/ResourceChips';
import { SmeList } from '../lists/SmeList';
import { ResourceIcon } from '../format/ResourceIcon';
import { ResourceTitleLink } from '../format/ResourceTitleLink';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
  stats: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(0.5),
  },
}));

/** @public */
export interface EntityLearningCardProps {
  /** How many resources to list before "see all". Defaults to 5. */
  maxItems?: number;
  /**
   * Whether the card shows (and invites owners to add material) when
   * nothing is linked to the entity; by default it then renders nothing.
   */
  showWhenEmpty?: boolean;
}

/**
 * The overview card of an entity: the courses, toolkits and paths that
 * teach it, its subject-matter experts, the docs they point to and the
 * open embeds that work on it.
 *
 * @public
 */
export function EntityLearningCard(props: EntityLearningCardProps) {
  const { maxItems = 5, showWhenEmpty = false } = props;
  const classes = useStyles();
  const learningRoute = useRouteRef(rootRouteRef);
  const { value, loading, error } = useEntityLearningSummary();
  const withYou = useLearningWithYou(
    (value?.items ?? []).slice(0, maxItems).map(i => i.resource.id),
  );

  const content = () => {
    if (loading) {
      return <Progress />;
    }
    if (error) {
      return <ResponseErrorPanel error={error} />;
    }
    if (!value) {
      return null;
    }
    const embeds = value.embeds.length > 0 && (
      <div className={value.items.length > 0 ? classes.section : undefined}>
        <Typography variant="subtitle2" component="h3">
          Open embeds
        </Typography>
        <EmbedItems
          title="Open embeds"
          embeds={value.embeds.slice(0, maxItems).map(e => e.embed)}
        />
        {value.embeds.length > maxItems && (
          <Typography variant="body2">
            and {value.embeds.length - maxItems} more in the Learning tab.
          </Typography>
        )}
      </div>
    );
    if (value.items.length === 0) {
      return embeds ? (
        <>
          <Typography variant="body2" color="textSecondary" paragraph>
            No courses, toolkits or learning paths teach this entity yet.
          </Typography>
          {embeds}
        </>
      ) : (
        <Typography variant="body2" color="textSecondary">
          No courses, toolkits or learning paths teach this entity yet. Its
          owners and subject-matter experts can link material from the{' '}
          <Link to={learningRoute()}>learning catalog</Link>.
        </Typography>
      );
    }
    // completions, not people: the summary counts per resource, and one
    // engineer may have completed several of them
    const learned = value.items.reduce((n, i) => n + i.completions, 0);
    return (
      <>
        {learned > 0 && (
          <Typography variant="body2" color="textSecondary">
            Completed {learned} {learned === 1 ? 'time' : 'times'} across the
            material that teaches this.
          </Typography>
        )}
        <List dense disablePadding aria-label="Learning material">
          {value.items.slice(0, maxItems).map(item => (
            <ListItem key={item.resource.id} disableGutters>
              <ListItemIcon>
                <ResourceIcon kind={item.resource.kind} />
              </ListItemIcon>
              <ListItemText
                primary={<ResourceTitleLink resource={item.resource} />}
                secondaryTypographyProps={{ component: 'div' }}
                secondary={
                  <>
                    {item.resource.summary}
                    <ResourceChips
                      resource={item.resource}
                      extra={item.via === 'system' ? ['For its system'] : []}
                    />
                    <span className={classes.stats}>
                      {item.resource.freshness.state !== 'fresh' && (
                        <FreshnessChip freshness={item.resource.freshness} />
                      )}
                      <RatingSummary rating={item.rating} />
                      <Typography variant="caption" color="textSecondary">
                        {learnersLabel(item)}
                      </Typography>
                      <MyProgress item={item} />
                    </span>
                    {withYou.has(item.resource.id) && (
                      <Typography variant="caption" color="textSecondary">
                        {learningWithYouLabel(withYou.get(item.resource.id)!)}
                      </Typography>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
        {value.items.length > maxItems && (
          <Typography variant="body2">
            and {value.items.length - maxItems} more in the Learning tab.
          </Typography>
        )}
        {value.smes.length > 0 && (
          <div className={classes.section}>
            <Typography variant="subtitle2" component="h3">
              Subject-matter experts
            </Typography>
            <SmeList refs={value.smes} />
          </div>
        )}
        {value.docs.length > 0 && (
          <div className={classes.section}>
            <Typography variant="subtitle2" component="h3">
              Docs
            </Typography>
            <DocsList docs={value.docs} />
          </div>
        )}
        {embeds}
      </>
    );
  };

  const empty = !value?.items.length && !value?.embeds.length;
  if (!showWhenEmpty && !loading && !error && empty) {
    return null;
  }
  return (
    <InfoCard title="Learning" subheader="What teaches this, and who knows it">
      {content()}
    </InfoCard>
  );
}
