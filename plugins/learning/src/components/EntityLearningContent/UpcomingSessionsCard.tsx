import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityLearningItem,
  LearningSession,
} from '@tech-learning/backstage-plugin-learning-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import { formatSessionTime, SCHEDULED_FORMATS } from '../format/format';

/** How many sessions the card lists. */
const MAX_SESSIONS = 10;

/**
 * The next sessions of the live courses, bootcamps and workshops among the
 * items, soonest first, with the seats left in each.
 */
export function UpcomingSessionsCard(props: { items: EntityLearningItem[] }) {
  const learningApi = useApi(learningApiRef);
  const scheduled = props.items.filter(i =>
    SCHEDULED_FORMATS.includes(i.resource.format),
  );
  const state = useAsync(async () => {
    const results = await Promise.allSettled(
      scheduled.map(async item => ({
        item,
        sessions: (await learningApi.listSessions(item.resource.id)).items,
      })),
    );
    const now = Date.now();
    const sessions: { item: EntityLearningItem; session: LearningSession }[] =
      [];
    let failed = 0;
    for (const result of results) {
      if (result.status === 'rejected') {
        failed += 1;
        continue;
      }
      for (const session of result.value.sessions) {
        if (new Date(session.endsAt).getTime() > now) {
          sessions.push({ item: result.value.item, session });
        }
      }
    }
    sessions.sort((a, b) =>
      a.session.startsAt.localeCompare(b.session.startsAt),
    );
    return { sessions: sessions.slice(0, MAX_SESSIONS), failed };
  }, [learningApi, scheduled.map(i => i.resource.id).join(',')]);

  const content = () => {
    if (state.loading) {
      return <Progress />;
    }
    if (state.error) {
      return <Alert severity="error">{state.error.message}</Alert>;
    }
    const { sessions, failed } = state.value!;
    return (
      <>
        {failed > 0 && (
          <Alert severity="warning">
            The sessions of {failed} {failed === 1 ? 'course' : 'courses'} could
            not be loaded.
          </Alert>
        )}
        {sessions.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No sessions are scheduled.
          </Typography>
        ) : (
          <Table size="small" aria-label="Upcoming sessions">
            <TableHead>
              <TableRow>
                <TableCell>Course</TableCell>
                <TableCell>When</TableCell>
                <TableCell>Where</TableCell>
                <TableCell align="right">Seats left</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sessions.map(({ item, session }) => {
                const left = Math.max(0, session.seats - session.seatsTaken);
                return (
                  <TableRow key={session.id}>
                    <TableCell>
                      <ResourceTitleLink resource={item.resource} />
                    </TableCell>
                    <TableCell>{formatSessionTime(session)}</TableCell>
                    <TableCell>
                      {session.url ? (
                        <Link to={session.url}>
                          {session.location ?? 'Online'}
                        </Link>
                      ) : (
                        session.location ?? '—'
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {left === 0 ? 'Full' : `${left} of ${session.seats}`}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </>
    );
  };

  return <InfoCard title="Upcoming sessions">{content()}</InfoCard>;
}
