import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTechDocsReaderPage } from '@backstage/plugin-techdocs-react';
import { EntityLearningItem } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { FreshnessChip } from '../format/FreshnessChip';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import { SmeList } from '../lists/SmeList';
import { formatLabel, kindLabel } from '../format/format';

/** How many resources the addon lists; the Learning tab has them all. */
const SHOWN = 5;

const useStyles = makeStyles(theme => ({
  root: {
    marginTop: theme.spacing(2),
    padding: theme.spacing(1.5),
    borderLeft: `3px solid ${theme.palette.primary.main}`,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { marginBottom: theme.spacing(1) },
  heading: { fontWeight: theme.typography.fontWeightBold as number },
}));

/** Material that teaches the entity first, then the rest, as the card does. */
function byRelevance(items: EntityLearningItem[]): EntityLearningItem[] {
  const rank = (item: EntityLearningItem) =>
    (item.via === 'entity' ? 0 : 2) + (item.relation === 'teaches' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/**
 * A TechDocs addon: beside an entity's docs, the material that teaches the
 * entity (or its system), each with its freshness when it needs review,
 * and the SMEs to ask. One request: the entity's learning summary.
 */
export function LearningDocsAddon() {
  const classes = useStyles();
  const { entityRef } = useTechDocsReaderPage();
  const ref = stringifyEntityRef(entityRef).toLocaleLowerCase('en-US');
  const learningApi = useApi(learningApiRef);
  const { value, loading, error } = useAsync(
    () => learningApi.getEntitySummary(ref),
    [learningApi, ref],
  );

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <Typography variant="body2" color="error" role="alert">
        Learning material could not be loaded: {error.message}
      </Typography>
    );
  } else if (!value || value.items.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No course or toolkit teaches this yet.
      </Typography>
    );
  } else {
    const items = byRelevance(value.items);
    const unique = items.filter(
      (item, i) =>
        items.findIndex(o => o.resource.id === item.resource.id) === i,
    );
    body = (
      <>
        <ul className={classes.list} aria-label="Material">
          {unique.slice(0, SHOWN).map(({ resource }) => (
            <li key={resource.id} className={classes.item}>
              <Typography variant="body2" component="div">
                <ResourceTitleLink resource={resource} />
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {kindLabel(resource.kind)} · {formatLabel(resource.format)}
              </Typography>
              {resource.freshness.state !== 'fresh' && (
                <Box mt={0.5}>
                  <FreshnessChip freshness={resource.freshness} />
                </Box>
              )}
            </li>
          ))}
        </ul>
        {unique.length > SHOWN && (
          <Typography variant="caption" color="textSecondary" component="p">
            And {unique.length - SHOWN} more on its Learning tab.
          </Typography>
        )}
        {value.smes.length > 0 && (
          <Box mt={1.5}>
            <Typography variant="body2" className={classes.heading}>
              Experts
            </Typography>
            <SmeList refs={value.smes} />
          </Box>
        )}
      </>
    );
  }

  return (
    <Box component="aside" aria-label="Learn this" className={classes.root}>
      <Typography variant="body2" className={classes.heading} gutterBottom>
        Learn this
      </Typography>
      {body}
    </Box>
  );
}
