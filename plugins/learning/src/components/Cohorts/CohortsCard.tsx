import { InfoCard, Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  LearningCohort,
  LearningResource,
  learningCohortCreatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { learningApiRef } from '../../api';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { cohortRouteRef } from '../../routes';
import { AsyncContent } from '../format/AsyncContent';
import { formatDate } from '../format/format';
import { JoinCohortButton } from './JoinCohortButton';
import { StartCohortDialog } from './StartCohortDialog';

/** Formats learners take at their own pace: those cohorts are for. */
const SELF_PACED = ['video', 'podcast', 'self-paced', 'lab', 'reading'];

/** Whether cohorts can be started on the material. */
function takesCohorts(resource: LearningResource): boolean {
  return resource.kind === 'path'
    ? resource.steps.length > 0
    : SELF_PACED.includes(resource.format);
}

/** "Starts Monday 4 Jan, 4 of 12 places taken" */
export function describeCohort(cohort: LearningCohort): string {
  const when =
    cohort.status === 'upcoming'
      ? `starts ${formatDate(cohort.startsOn)}`
      : `week ${(cohort.currentWeek ?? 0) + 1} of ${cohort.weeks}`;
  return `${when}, ${cohort.memberCount} of ${cohort.capacity} places taken`;
}

/**
 * Cohorts that take material together: on a resource (with "start a
 * cohort"), or on the material of an entity.
 */
export function CohortsCard(
  props:
    | { resource: LearningResource; entityRef?: undefined }
    | { entityRef: string; resource?: undefined },
) {
  const learningApi = useApi(learningApiRef);
  const cohortRoute = useRouteRef(cohortRouteRef);
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const { resource, entityRef } = props;
  const create = usePermission({
    permission: learningCohortCreatePermission,
    resourceRef: resource?.id,
  });
  const state = useReloadableAsync(
    () =>
      resource
        ? learningApi.listResourceCohorts(resource.id)
        : learningApi.listCohorts({ entityRef }),
    [learningApi, resource?.id, entityRef],
  );
  return (
    <InfoCard title="Learn together">
      <AsyncContent
        state={state}
        failure="Could not load the cohorts"
        isEmpty={value => value.items.length === 0}
        empty={
          resource
            ? 'No cohort takes this yet. Start one: learning with others on a shared schedule is how people finish.'
            : 'No cohorts on the material of this entity.'
        }
      >
        {value => (
          <List dense aria-label="Cohorts">
            {value.items.map(cohort => (
              <ListItem key={cohort.id} disableGutters>
                <ListItemText
                  primary={
                    <Link to={cohortRoute({ id: cohort.id })}>
                      {cohort.title ??
                        (resource
                          ? `Cohort starting ${formatDate(cohort.startsOn)}`
                          : cohort.resourceTitle)}
                    </Link>
                  }
                  secondary={`${describeCohort(cohort)}${
                    cohort.isMember ? ' · you are in it' : ''
                  }`}
                />
                <ListItemSecondaryAction>
                  <JoinCohortButton
                    cohort={cohort}
                    onChange={() => state.retry()}
                  />
                </ListItemSecondaryAction>
              </ListItem>
            ))}
          </List>
        )}
      </AsyncContent>
      {resource && takesCohorts(resource) && create.allowed && (
        <Box mt={1}>
          <Button variant="outlined" onClick={() => setStarting(true)}>
            Start a cohort
          </Button>
          {starting && (
            <StartCohortDialog
              resource={resource}
              open={starting}
              onClose={() => setStarting(false)}
              onStarted={cohort => navigate(cohortRoute({ id: cohort.id }))}
            />
          )}
        </Box>
      )}
    </InfoCard>
  );
}
