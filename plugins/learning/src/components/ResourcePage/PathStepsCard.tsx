import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { AsyncContent } from '../format/AsyncContent';
import { ResourceChips } from '../format/ResourceChips';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import { enrolmentStateLabel } from '../format/format';

/**
 * The steps of a learning path in order, each with the learner's own state.
 * A step the viewer may not read (or that was deleted) shows as missing.
 */
export function PathStepsCard(props: {
  steps: string[];
  /** The step whose questions are open below. */
  discussed?: string;
  /** Opens the questions on a step, or closes them (undefined). */
  onDiscuss?: (stepId: string | undefined) => void;
}) {
  const { steps, discussed, onDiscuss } = props;
  const learningApi = useApi(learningApiRef);
  const state = useAsync(
    () =>
      Promise.all(
        steps.map(async id => {
          const [resource, enrolment] = await Promise.all([
            learningApi.getResource(id).catch(() => undefined),
            learningApi.getMyEnrolment(id).catch(() => undefined),
          ]);
          return { id, resource, enrolment };
        }),
      ),
    [learningApi, steps.join(',')],
  );

  return (
    <InfoCard title="Steps">
      <AsyncContent
        state={state}
        failure="Could not load the steps"
        isEmpty={value => value.length === 0}
        empty="This path has no steps yet."
      >
        {value => (
          <List aria-label="Steps">
            {value.map(({ id, resource, enrolment }, index) => (
              <ListItem key={id} disableGutters>
                <ListItemIcon>
                  <Typography variant="h6" component="span">
                    {index + 1}
                  </Typography>
                </ListItemIcon>
                {resource ? (
                  <ListItemText
                    primary={<ResourceTitleLink resource={resource} />}
                    secondaryTypographyProps={{ component: 'div' }}
                    secondary={
                      <ResourceChips
                        resource={resource}
                        extra={
                          enrolment
                            ? [
                                `${enrolmentStateLabel(enrolment.state)}${
                                  enrolment.state === 'in-progress'
                                    ? ` ${enrolment.progress}%`
                                    : ''
                                }`,
                              ]
                            : []
                        }
                      />
                    }
                  />
                ) : (
                  <ListItemText
                    primary="A step you cannot see"
                    secondary="It was deleted, or you may not read it."
                  />
                )}
                {resource && onDiscuss && (
                  <Button
                    size="small"
                    aria-pressed={discussed === id}
                    aria-label={`Questions on step ${index + 1}`}
                    onClick={() => onDiscuss(discussed === id ? undefined : id)}
                  >
                    {discussed === id ? 'Close questions' : 'Questions'}
                  </Button>
                )}
              </ListItem>
            ))}
          </List>
        )}
      </AsyncContent>
    </InfoCard>
  );
}
