import {
  learningWithYouLabel,
  useLearningWithYou,
} from '../../hooks/useLearningWithYou';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  learningResourceEnrolPermission,
  learningResourceRatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Slider from '@material-ui/core/Slider';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Rating from '@material-ui/lab/Rating';
import { FormEvent, useEffect, useState } from 'react';
import { learningApiRef } from '../../api';
import { enrolmentStateLabel, formatDate } from '../format/format';
import { MyEnrolment } from '../../hooks/useMyEnrolment';

/** Enrol, track progress, complete: the signed-in learner's own record. */
function EnrolmentSection(props: { resourceId: string; mine: MyEnrolment }) {
  const { mine } = props;
  const { enrolment, saving } = mine;
  const enrol = usePermission({
    permission: learningResourceEnrolPermission,
    resourceRef: props.resourceId,
  });
  const [progress, setProgress] = useState(enrolment?.progress ?? 0);
  useEffect(() => setProgress(enrolment?.progress ?? 0), [enrolment]);

  if (!enrolment) {
    return (
      <>
        <Typography variant="body2" paragraph>
          You are not enrolled.
        </Typography>
        {enrol.allowed ? (
          <Button
            variant="contained"
            color="primary"
            disabled={saving}
            onClick={() => mine.save({ state: 'enrolled' })}
          >
            Enrol
          </Button>
        ) : (
          !enrol.loading && (
            <Typography variant="body2" color="textSecondary">
              Sign in as a catalog user to enrol.
            </Typography>
          )
        )}
      </>
    );
  }
  const completed = enrolment.state === 'completed';
  return (
    <>
      <Typography variant="body2">
        <strong>{enrolmentStateLabel(enrolment.state)}</strong>
        {completed && enrolment.completedAt
          ? ` on ${formatDate(enrolment.completedAt)}`
          : ` since ${formatDate(enrolment.enrolledAt)}`}
      </Typography>
      <Box display="flex" alignItems="center" my={1}>
        <Box flexGrow={1} mr={1}>
          <LinearProgress
            variant="determinate"
            value={enrolment.progress}
            aria-label="Your progress"
          />
        </Box>
        <Typography variant="body2">{enrolment.progress}%</Typography>
      </Box>
      {!completed && (
        <>
          <Typography id="learning-progress-label" variant="caption">
            Set your progress
          </Typography>
          <Slider
            aria-labelledby="learning-progress-label"
            value={progress}
            step={10}
            min={0}
            max={100}
            valueLabelDisplay="auto"
            disabled={saving}
            onChange={(_e, value) => setProgress(value as number)}
            onChangeCommitted={(_e, value) =>
              mine.save({ progress: value as number })
            }
          />
        </>
      )}
      <Box display="flex" style={{ gap: 8 }} flexWrap="wrap">
        {!completed && (
          <Button
            variant="contained"
            color="primary"
            disabled={saving}
            onClick={() => mine.save({ state: 'completed' })}
          >
            Mark completed
          </Button>
        )}
        {completed && (
          <Button
            variant="outlined"
            disabled={saving}
            onClick={() => mine.save({ state: 'in-progress', progress: 90 })}
          >
            Not finished after all
          </Button>
        )}
        <Button disabled={saving} onClick={() => mine.leave()}>
          Leave
        </Button>
      </Box>
    </>
  );
}

/** Rate 1 to 5 with a comment; saving again replaces it. */
function RatingSection(props: { resourceId: string; onRated: () => void }) {
  const learningApi = useApi(learningApiRef);
  const rate = usePermission({
    permission: learningResourceRatePermission,
    resourceRef: props.resourceId,
  });
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState(false);

  if (!rate.allowed) {
    return null;
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) {
      setError(new Error('Choose from 1 to 5 stars first.'));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await learningApi.putMyFeedback(props.resourceId, {
        rating,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setSaved(true);
      props.onRated();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box component="form" mt={3} onSubmit={submit} aria-label="Rate it">
      <Typography variant="subtitle2" component="h3" id="learning-rate-label">
        Rate it
      </Typography>
      <Rating
        name="learning-rating"
        value={rating}
        onChange={(_e, value) => {
          setRating(value);
          setSaved(false);
        }}
      />
      <TextField
        id="learning-rating-comment"
        label="Comment (optional)"
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        value={comment}
        inputProps={{ maxLength: 2000 }}
        onChange={e => {
          setComment(e.target.value);
          setSaved(false);
        }}
      />
      {error && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      {saved && <Alert severity="success">Thank you for your feedback.</Alert>}
      <Box mt={1}>
        <Button type="submit" variant="outlined" disabled={saving}>
          Send rating
        </Button>
      </Box>
    </Box>
  );
}

/** The signed-in learner's card on a resource page. */
export function LearnerCard(props: {
  resourceId: string;
  mine: MyEnrolment;
  onRated: () => void;
}) {
  const { mine } = props;
  const withYou = useLearningWithYou([props.resourceId]).get(props.resourceId);
  return (
    <InfoCard title="Your learning">
      {withYou && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {learningWithYouLabel(withYou)}
        </Typography>
      )}
      {mine.loading && <Progress />}
      {mine.loadError && (
        <Alert severity="error">
          Could not load your enrolment: {mine.loadError.message}
        </Alert>
      )}
      {!mine.loading && !mine.loadError && (
        <EnrolmentSection resourceId={props.resourceId} mine={mine} />
      )}
      {mine.saveError && (
        <Box mt={1}>
          <Alert severity="error" role="alert">
            {mine.saveError.message}
          </Alert>
        </Box>
      )}
      <RatingSection resourceId={props.resourceId} onRated={props.onRated} />
    </InfoCard>
  );
}
