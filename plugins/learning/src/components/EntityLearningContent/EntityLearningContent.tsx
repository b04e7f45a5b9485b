import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useEntityLearningSummary } from '../../hooks/useEntityLearningSummary';
import { ResourceTable } from '../shared/ResourceTable';

const RELATION_LABELS = {
  teaches: 'Teaches it',
  uses: 'Uses it',
  'prerequisite-for': 'Prerequisite',
} as const;

/**
 * The "Learning" tab of an entity: all material linked to the entity and
 * its system, with its experts.
 *
 * @public
 */
export function EntityLearningContent() {
  const { value, loading, error } = useEntityLearningSummary();

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || value.items.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No learning material yet"
        description="No course, toolkit or learning path is linked to this entity or its system. Owners and subject-matter experts can link material to it."
      />
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ResourceTable
          title={`Learning material (${value.items.length})`}
          noteTitle="Relation"
          rows={value.items.map(item => ({
            resource: item.resource,
            note: `${RELATION_LABELS[item.relation]}${
              item.via === 'system' ? ' (its system)' : ''
            }`,
          }))}
          emptyContent={null}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Subject-matter experts">
          {value.smes.length > 0 ? (
            <EntityRefLinks entityRefs={value.smes} defaultKind="user" />
          ) : (
            <Typography variant="body2" color="textSecondary">
              No experts are named for this material yet.
            </Typography>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
