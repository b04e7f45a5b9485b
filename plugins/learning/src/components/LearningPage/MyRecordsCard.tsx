import { InfoCard } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { LearningErasedRecords } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { learningApiRef } from '../../api';
import { useAction } from '../../hooks/useAction';
import { downloadFile } from '../format/downloadFile';

/** What an erase removed, in words. */
function erasedSummary(erased: LearningErasedRecords): string {
  const parts = [
    [erased.enrolments, 'enrolment'],
    [erased.feedback, 'rating'],
    [erased.applications, 'embed application'],
    [erased.posts, 'post'],
    [erased.cohorts, 'cohort place'],
    [
      erased.dismissals + erased.settings + erased.linkSuggestions,
      'other record',
    ],
  ] as const;
  const named = parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`);
  return named.length
    ? `Erased ${named.join(', ')}.`
    : 'There was nothing to erase.';
}

/**
 * The signed-in user's learning records are theirs: download them as JSON,
 * or erase them (after saying what goes and what stays).
 */
export function MyRecordsCard(props: { onErased(): void }) {
  const learningApi = useApi(learningApiRef);
  const identityApi = useApi(identityApiRef);
  const { busy, error, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<LearningErasedRecords>();
  const me = async () =>
    (await identityApi.getBackstageIdentity()).userEntityRef;

  const download = () =>
    run(async () => {
      const userRef = await me();
      const records = await learningApi.exportUserRecords(userRef);
      downloadFile(
        JSON.stringify(records, null, 2),
        `learning-records-${userRef.replace(/[^a-z0-9-]+/gi, '-')}.json`,
        'application/json',
      );
    });
  const erase = () =>
    run(async () => {
      setErased(await learningApi.eraseUserRecords(await me()));
      setConfirming(false);
      props.onErased();
    });

  return (
    <InfoCard title="Your learning records">
      <Typography variant="body2" paragraph>
        What you enrolled in and how far you got, your ratings and comments,
        your embed applications, your posts and your cohort places are yours:
        download them, or erase them.
      </Typography>
      <Box display="flex" style={{ gap: 8 }}>
        <Button variant="outlined" disabled={busy} onClick={download}>
          Download my records
        </Button>
        <Button
          variant="outlined"
          color="secondary"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          Erase my records
        </Button>
      </Box>
      {error && !confirming && (
        <Alert severity="error" role="alert" style={{ marginTop: 16 }}>
          {error}
        </Alert>
      )}
      {erased && (
        <Alert severity="success" style={{ marginTop: 16 }}>
          {erasedSummary(erased)}
        </Alert>
      )}
      <Dialog
        open={confirming}
        onClose={() => !busy && setConfirming(false)}
        aria-labelledby="learning-erase-records-title"
      >
        <DialogTitle id="learning-erase-records-title">
          Erase your learning records?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            Your enrolments and progress, ratings and comments, embed
            applications and cohort places go, and the material's figures no
            longer count them. Your posts stay in their threads, without your
            name or words. This cannot be undone: download your records first if
            you want to keep them.
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={busy}>
            Keep them
          </Button>
          <Button color="secondary" onClick={erase} disabled={busy}>
            Erase
          </Button>
        </DialogActions>
      </Dialog>
    </InfoCard>
  );
}
