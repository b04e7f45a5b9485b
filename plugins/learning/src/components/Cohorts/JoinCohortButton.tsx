import { useApi } from '@backstage/core-plugin-api';
import { LearningCohort } from '@tech-learning/backstage-plugin-learning-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { learningApiRef } from '../../api';
import { useAction } from '../../hooks/useAction';

/**
 * Join (after saying plainly what the other members will see) or leave a
 * cohort. A full cohort answers with an error shown here.
 */
export function JoinCohortButton(props: {
  cohort: LearningCohort;
  onChange: (cohort?: LearningCohort) => void;
}) {
  const { cohort } = props;
  const learningApi = useApi(learningApiRef);
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  if (!cohort.mayJoin || cohort.status === 'finished') {
    return null;
  }
  if (cohort.isMember) {
    return (
      <>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await learningApi.leaveCohort(cohort.id);
              props.onChange();
            })
          }
        >
          Leave
        </Button>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
      </>
    );
  }
  return (
    <>
      <Button
        size="small"
        color="primary"
        variant="outlined"
        disabled={cohort.seatsLeft === 0}
        onClick={() => setAsking(true)}
      >
        {cohort.seatsLeft === 0 ? 'Full' : 'Join'}
      </Button>
      <Dialog
        open={asking}
        onClose={() => !busy && setAsking(false)}
        aria-labelledby={`join-${cohort.id}`}
      >
        <DialogTitle id={`join-${cohort.id}`}>
          Join {cohort.title ?? `the ${cohort.resourceTitle} cohort`}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            The other members will see your name and your progress on “
            {cohort.resourceTitle}”. You can leave at any time, and then they no
            longer do.
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)} disabled={busy}>
            Cancel
          </Button>
          <Button
            color="primary"
            variant="contained"
            disabled={busy}
            onClick={() =>
              run(async () => {
                const joined = await learningApi.joinCohort(cohort.id);
                setAsking(false);
                props.onChange(joined);
              })
            }
          >
            {busy ? 'Joining…' : 'Join'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
