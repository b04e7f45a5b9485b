import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { learningApiRef } from '../../api';
import { formatSessionTime } from '../format/format';
import { SessionForm } from './SessionForm';
import { downloadFile } from '../format/downloadFile';
import { MyEnrolment } from '../../hooks/useMyEnrolment';
import { usePermission } from '@backstage/plugin-permission-react';
import { learningResourceUpdatePermission } from '@tech-learning/backstage-plugin-learning-common';
import { useState } from 'react';

/**
 * The scheduled sessions of a live course, with seats left; a learner takes
 * or gives back a seat here. The backend takes seats under a lock, so a
 * full session answers with an error shown on the card.
 */
export function SessionsCard(props: {
  resourceId: string;
  mine: MyEnrolment;
  /** Provider material: its sessions change at its source. */
  readOnly?: boolean;
}) {
  const { resourceId, mine } = props;
  const learningApi = useApi(learningApiRef);
  const update = usePermission({
    permission: learningResourceUpdatePermission,
    resourceRef: resourceId,
  });
  const canManage = update.allowed && !props.readOnly;
  const sessions = useReloadableAsync(
    () => learningApi.listSessions(resourceId),
    [learningApi, resourceId],
  );
  const upcoming = (sessions.value?.items ?? []).filter(
    s => new Date(s.endsAt).getTime() > Date.now(),
  );
  const mySession = mine.enrolment?.sessionId;
  const [cancelling, setCancelling] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const edited = upcoming.find(s => s.id === editing);
  const [cancelError, setCancelError] = useState<Error>();
  const addToCalendar = async (sessionId: string) => {
    setCancelError(undefined);
    try {
      downloadFile(
        await learningApi.getSessionCalendar(resourceId, sessionId),
        `session-${sessionId}.ics`,
        'text/calendar',
      );
    } catch (e) {
      setCancelError(e as Error);
    }
  };
  const cancel = async (sessionId: string) => {
    setCancelError(undefined);
    try {
      await learningApi.deleteSession(resourceId, sessionId);
      sessions.retry();
    } catch (e) {
      setCancelError(e as Error);
    } finally {
      setCancelling(undefined);
    }
  };

  const take = async (sessionId: string | null) => {
    await mine.save({ sessionId });
    sessions.retry();
  };

  const content = () => {
    if (sessions.loading && !sessions.value) {
      return <Progress />;
    }
    if (sessions.error) {
      return (
        <Alert severity="error">
          Could not load the sessions: {sessions.error.message}
        </Alert>
      );
    }
    if (upcoming.length === 0) {
      return (
        <Typography variant="body2" color="textSecondary">
          No session is scheduled. Its owners and SMEs can schedule one.
        </Typography>
      );
    }
    return (
      <Table size="small" aria-label="Sessions">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Where</TableCell>
            <TableCell align="right">Seats left</TableCell>
            {canManage && <TableCell />}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {upcoming.map(session => {
            const left = Math.max(0, session.seats - session.seatsTaken);
            const mine_ = session.id === mySession;
            return (
              <TableRow key={session.id}>
                <TableCell>{formatSessionTime(session)}</TableCell>
                <TableCell>
                  {session.location}
                  {session.location && session.url && ' · '}
                  {session.url && <Link to={session.url}>Join link</Link>}
                </TableCell>
                <TableCell align="right">
                  {left} of {session.seats}
                </TableCell>
                {canManage && (
                  <TableCell align="right">
                    <Button
                      size="small"
                      onClick={() => setEditing(session.id)}
                      aria-label={`Change the session of ${formatSessionTime(
                        session,
                      )}`}
                    >
                      Change
                    </Button>
                    {cancelling === session.id ? (
                      <Button
                        size="small"
                        color="secondary"
                        onClick={() => cancel(session.id)}
                      >
                        Confirm: cancel it
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        onClick={() => setCancelling(session.id)}
                        aria-label={`Cancel the session of ${formatSessionTime(
                          session,
                        )}`}
                      >
                        Cancel
                      </Button>
                    )}
                  </TableCell>
                )}
                <TableCell align="right">
                  {mine_ ? (
                    <Button
                      size="small"
                      disabled={mine.saving}
                      onClick={() => take(null)}
                    >
                      Give back my seat
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      variant="outlined"
                      disabled={mine.saving || left === 0}
                      onClick={() => take(session.id)}
                    >
                      {left === 0 ? 'Full' : 'Take a seat'}
                    </Button>
                  )}
                  <Button
                    size="small"
                    aria-label={`Add the session of ${formatSessionTime(
                      session,
                    )} to your calendar`}
                    onClick={() => addToCalendar(session.id)}
                  >
                    Add to calendar
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    );
  };

  return (
    <InfoCard title="Sessions">
      {content()}
      {cancelError && (
        <Alert severity="error" role="alert">
          {cancelError.message}
        </Alert>
      )}
      {canManage && edited && (
        <SessionForm
          key={edited.id}
          resourceId={resourceId}
          session={edited}
          onSaved={() => {
            setEditing(undefined);
            sessions.retry();
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {canManage && !edited && (
        <SessionForm resourceId={resourceId} onSaved={sessions.retry} />
      )}
    </InfoCard>
  );
}
