import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LearningExpertise } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';

/**
 * Whether the user may be named, as a learner, among those who can teach
 * what they completed: off until they turn it on. The switch shows the
 * stored setting and sends each change; a change that fails is undone and
 * says why.
 */
function ShareExpertiseSwitch(props: { initial: boolean }) {
  const learningApi = useApi(learningApiRef);
  const [share, setShare] = useState(props.initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  useEffect(() => setShare(props.initial), [props.initial]);

  const change = async (next: boolean) => {
    setShare(next);
    setSaving(true);
    setError(undefined);
    try {
      const saved = await learningApi.putMySettings({ shareExpertise: next });
      setShare(saved.shareExpertise);
    } catch (e) {
      setShare(!next);
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={share}
            disabled={saving}
            onChange={(_, checked) => change(checked)}
            color="primary"
          />
        }
        label="Name me among the people who can teach what I completed"
      />
      <Typography variant="body2" color="textSecondary">
        SMEs and owners are always named. Learners are named only if they turn
        this on; turning it off takes your name out at once.
      </Typography>
      {error && (
        <Box mt={1}>
          <Alert severity="error">
            Could not save the setting: {error.message}
          </Alert>
        </Box>
      )}
    </>
  );
}

function Skills(props: { expertise: LearningExpertise }) {
  const { skills } = props.expertise;
  if (skills.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing yet. What your teams own, the APIs they consume, the material
        you complete and the material you are an SME of show here.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Your expertise">
      {skills.map(skill => (
        <ListItem key={skill.name} disableGutters>
          <ListItemText
            primary={skill.name}
            secondary={skill.sources.map(s => s.message).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}

/**
 * "My expertise": what the signed-in user knows, derived from the catalog
 * and the suite (never typed in), and whether others may find them as
 * someone who can teach it.
 */
export function MyExpertiseTab() {
  const learningApi = useApi(learningApiRef);
  const state = useAsync(() => learningApi.getMyExpertise(), [learningApi]);
  if (state.loading) {
    return <Progress />;
  }
  if (state.error || !state.value) {
    return <ResponseErrorPanel error={state.error ?? new Error('No answer')} />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={8}>
        <InfoCard
          title="What you know"
          subheader="From the catalog and what you completed: nobody has to type it in"
        >
          <Skills expertise={state.value} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Being found">
          <ShareExpertiseSwitch initial={state.value.shareExpertise} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
