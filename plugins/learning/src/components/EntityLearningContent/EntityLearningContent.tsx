import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  LinkButton,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  EntityLearningItem,
  LEARNING_FRESHNESS_STATES,
  LEARNING_LINK_RELATIONS,
  LEARNING_RESOURCE_KINDS,
  LEARNING_MATERIAL_ANNOTATION,
  learningEntityLinkPermission,
  LearningLinkRelation,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import LinkIcon from '@material-ui/icons/Link';
import { useMemo, useState } from 'react';
import { useEntityLearningSummary } from '../../hooks/useEntityLearningSummary';
import { newResourceRouteRef } from '../../routes';
import { FilterOption, FilterSelect } from '../lists/FilterSelect';
import { FreshnessChip } from '../format/FreshnessChip';
import { learnersLabel, MyProgress, RatingSummary } from '../format/ItemStats';
import { ResourceChips } from '../format/ResourceChips';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import { SmeList } from '../lists/SmeList';
import { kindLabel } from '../format/format';
import { EntityEmbedsCard } from './EntityEmbedsCard';
import { EntitySourcesCard } from './EntitySourcesCard';
import { ExpertsCard } from './ExpertsCard';
import { NextStepCard } from './NextStepCard';
import { LinkMaterialDialog } from './LinkMaterialDialog';
import { PathsCard } from './PathsCard';
import { SuggestedByOthers } from './SuggestedByOthers';
import { UpcomingSessionsCard } from './UpcomingSessionsCard';
import { CohortsCard } from '../Cohorts';
import { LIST_TABLE_OPTIONS } from '../lists/tableOptions';

const RELATION_LABELS: Record<LearningLinkRelation, string> = {
  teaches: 'Teaches it',
  uses: 'Uses it',
  'prerequisite-for': 'Prerequisite',
};

const SORTS = {
  relevance: {
    label: 'Relation to this entity',
    compare: (a: EntityLearningItem, b: EntityLearningItem) =>
      Number(a.via === 'system') - Number(b.via === 'system') ||
      LEARNING_LINK_RELATIONS.indexOf(a.relation) -
        LEARNING_LINK_RELATIONS.indexOf(b.relation) ||
      a.resource.title.localeCompare(b.resource.title),
  },
  title: {
    label: 'Title',
    compare: (a: EntityLearningItem, b: EntityLearningItem) =>
      a.resource.title.localeCompare(b.resource.title),
  },
  rating: {
    label: 'Rating',
    compare: (a: EntityLearningItem, b: EntityLearningItem) =>
      (b.rating.average ?? 0) - (a.rating.average ?? 0) ||
      b.rating.count - a.rating.count,
  },
  learners: {
    label: 'Learners',
    compare: (a: EntityLearningItem, b: EntityLearningItem) =>
      b.learners - a.learners,
  },
  freshness: {
    label: 'Needs review first',
    compare: (a: EntityLearningItem, b: EntityLearningItem) =>
      LEARNING_FRESHNESS_STATES.indexOf(a.resource.freshness.state) -
      LEARNING_FRESHNESS_STATES.indexOf(b.resource.freshness.state),
  },
} as const;

type SortKey = keyof typeof SORTS;

const columns: TableColumn<EntityLearningItem>[] = [
  {
    title: 'Material',
    width: '40%',
    render: item => (
      <>
        <Typography variant="body2" component="div">
          <ResourceTitleLink resource={item.resource} />
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {item.resource.summary}
        </Typography>
        <ResourceChips resource={item.resource} />
      </>
    ),
  },
  {
    title: 'Relation',
    render: item =>
      `${RELATION_LABELS[item.relation]}${
        item.via === 'system' ? ' (its system)' : ''
      }`,
  },
  {
    title: 'Learners',
    render: item => (
      <Typography variant="body2">{learnersLabel(item)}</Typography>
    ),
  },
  { title: 'Rating', render: item => <RatingSummary rating={item.rating} /> },
  {
    title: 'Freshness',
    render: item => <FreshnessChip freshness={item.resource.freshness} />,
  },
  {
    title: 'You',
    render: item =>
      item.myEnrolment ? (
        <MyProgress item={item} />
      ) : (
        <Typography variant="caption" color="textSecondary">
          Not enrolled
        </Typography>
      ),
  },
];

/**
 * The "Learning" tab of an entity: all material linked to the entity and
 * its system with filters and sort, the upcoming sessions of live courses,
 * the learning paths that include it, and its experts. The entity's owners
 * add new material or link existing material here.
 *
 * @public
 */
export function EntityLearningContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const newResourceRoute = useRouteRef(newResourceRouteRef);
  const { value, loading, error, retry } = useEntityLearningSummary();
  const link = usePermission({
    permission: learningEntityLinkPermission,
    resourceRef: entityRef,
  });
  const [kind, setKind] = useState<LearningResourceKind | ''>('');
  const [relation, setRelation] = useState<LearningLinkRelation | ''>('');
  const [sort, setSort] = useState<SortKey>('relevance');
  const [linking, setLinking] = useState(false);

  const items = useMemo(
    () =>
      (value?.items ?? [])
        .filter(
          item =>
            (!kind || item.resource.kind === kind) &&
            (!relation || item.relation === relation),
        )
        .sort(SORTS[sort].compare),
    [value, kind, relation, sort],
  );

  const actions = link.allowed && (
    <Box display="flex" style={{ gap: 8 }}>
      <LinkButton
        to={`${newResourceRoute()}?${new URLSearchParams({
          entity: entityRef,
        })}`}
        variant="contained"
        color="primary"
        startIcon={<AddIcon />}
      >
        Add material
      </LinkButton>
      <Button
        variant="outlined"
        color="primary"
        startIcon={<LinkIcon />}
        onClick={() => setLinking(true)}
      >
        Link existing material
      </Button>
    </Box>
  );
  const dialog = (
    <LinkMaterialDialog
      open={linking}
      entityRef={entityRef}
      exclude={value?.items.map(i => i.resource.id) ?? []}
      onClose={linked => {
        setLinking(false);
        if (linked) retry();
      }}
    />
  );

  if (loading && !value) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || value.items.length === 0) {
    return (
      <>
        <EmptyState
          missing="content"
          title="No learning material yet"
          description={
            link.allowed
              ? 'No course, toolkit or learning path is linked to this entity or its system. As its owner, you can add material or link what exists.'
              : 'No course, toolkit or learning path is linked to this entity or its system. Its owners and the experts of a course can link material to it.'
          }
          action={actions || undefined}
        />
        {value && (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <SuggestedByOthers entityRef={entityRef} onAccepted={retry} />
            </Grid>
            <Grid item xs={12} md={6}>
              <EntityEmbedsCard entityRef={entityRef} embeds={value.embeds} />
            </Grid>
            {link.allowed && (
              <Grid item xs={12} md={6}>
                <EntitySourcesCard
                  entityRef={entityRef}
                  named={
                    entity.metadata.annotations?.[LEARNING_MATERIAL_ANNOTATION]
                  }
                  onRead={retry}
                />
              </Grid>
            )}
          </Grid>
        )}
        {dialog}
      </>
    );
  }

  const select = (
    label: string,
    current: string,
    onChange: (value: string) => void,
    options: FilterOption[],
  ) => (
    <FilterSelect
      id={`learning-entity-${label
        .toLocaleLowerCase('en-US')
        .replace(/\W+/g, '-')}`}
      size="small"
      label={label}
      value={current}
      onChange={onChange}
      options={options}
    />
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {/* on a surface of its own, so that the field labels keep their contrast */}
        <Paper>
          <Box
            p={2}
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            justifyContent="space-between"
            style={{ gap: 16 }}
          >
            <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
              {select('Kind', kind, v => setKind(v as LearningResourceKind), [
                ['', 'All kinds'],
                ...LEARNING_RESOURCE_KINDS.map(
                  k => [k, kindLabel(k)] as FilterOption,
                ),
              ])}
              {select(
                'Relation',
                relation,
                v => setRelation(v as LearningLinkRelation),
                [
                  ['', 'Any relation'],
                  ...LEARNING_LINK_RELATIONS.map(
                    r => [r, RELATION_LABELS[r]] as FilterOption,
                  ),
                ],
              )}
              {select(
                'Sort by',
                sort,
                v => setSort(v as SortKey),
                Object.entries(SORTS).map(([k, s]) => [k, s.label]),
              )}
            </Box>
            {actions}
          </Box>
        </Paper>
      </Grid>
      <Grid item xs={12}>
        <NextStepCard items={value.items} />
      </Grid>
      <Grid item xs={12}>
        <Table<EntityLearningItem>
          title={`Learning material (${items.length}${
            items.length === value.items.length
              ? ''
              : ` of ${value.items.length}`
          })`}
          columns={columns}
          data={items}
          options={LIST_TABLE_OPTIONS}
          emptyContent={
            <Typography
              variant="body2"
              color="textSecondary"
              style={{ padding: 16 }}
            >
              Nothing matches these filters.
            </Typography>
          }
        />
      </Grid>
      <Grid item xs={12}>
        <SuggestedByOthers entityRef={entityRef} onAccepted={retry} />
      </Grid>
      <Grid item xs={12} md={6}>
        <UpcomingSessionsCard items={value.items} />
      </Grid>
      <Grid item xs={12} md={6}>
        <PathsCard
          entityRef={value.entityRef}
          systemRef={value.systemRef}
          items={value.items}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <CohortsCard entityRef={entityRef} />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityEmbedsCard entityRef={entityRef} embeds={value.embeds} />
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Subject-matter experts">
          {value.smes.length > 0 ? (
            <SmeList refs={value.smes} />
          ) : (
            <Typography variant="body2" color="textSecondary">
              No experts are named for this material yet.
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <ExpertsCard entityRef={entityRef} />
      </Grid>
      {link.allowed && (
        <Grid item xs={12}>
          <EntitySourcesCard
            entityRef={entityRef}
            named={entity.metadata.annotations?.[LEARNING_MATERIAL_ANNOTATION]}
            onRead={retry}
          />
        </Grid>
      )}
      {dialog}
    </Grid>
  );
}
