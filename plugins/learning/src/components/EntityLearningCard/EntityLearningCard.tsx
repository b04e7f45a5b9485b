import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useEntityLearningSummary } from '../../hooks/useEntityLearningSummary';
import { rootRouteRef } from '../../routes';
import { ResourceChips } from '../shared/ResourceChips';
import { ResourceIcon } from '../shared/ResourceIcon';
import { ResourceTitleLink } from '../shared/ResourceTitleLink';
import { techDocsPath } from '../shared/format';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
  docs: { margin: 0, paddingLeft: theme.spacing(2.5) },
}));

/** @public */
export interface EntityLearningCardProps {
  /** How many resources to list before "see all". Defaults to 5. */
  maxItems?: number;
}

/**
 * The overview card of an entity: the courses, toolkits and paths that
 * teach it, its subject-matter experts and the docs they point to.
 *
 * @public
 */
export function EntityLearningCard(props: EntityLearningCardProps) {
  const { maxItems = 5 } = props;
  const classes = useStyles();
  const learningRoute = useRouteRef(rootRouteRef);
  const { value, loading, error } = useEntityLearningSummary();

  const content = () => {
    if (loading) {
      return <Progress />;
    }
    if (error) {
      return <ResponseErrorPanel error={error} />;
    }
    if (!value || value.items.length === 0) {
      return (
        <Typography variant="body2" color="textSecondary">
          No courses, toolkits or learning paths teach this entity yet. Its
          owners and subject-matter experts can link material from the{' '}
          <Link to={learningRoute()}>learning catalog</Link>.
        </Typography>
      );
    }
    return (
      <>
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
            <EntityRefLinks entityRefs={value.smes} defaultKind="user" />
          </div>
        )}
        {value.docs.length > 0 && (
          <div className={classes.section}>
            <Typography variant="subtitle2" component="h3">
              Docs
            </Typography>
            <ul className={classes.docs}>
              {value.docs.map(doc => (
                <li key={`${doc.entityRef}#${doc.path ?? ''}`}>
                  <Link to={techDocsPath(doc.entityRef, doc.path)}>
                    {doc.title ?? doc.path ?? doc.entityRef}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </>
    );
  };

  return (
    <InfoCard title="Learning" subheader="What teaches this, and who knows it">
      {content()}
    </InfoCard>
  );
}
