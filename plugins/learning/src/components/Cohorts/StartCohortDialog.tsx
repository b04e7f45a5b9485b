import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import {
  LearningCohort,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { learningApiRef } from '../../api';
import { useFormErrors } from '../../hooks/useFormErrors';

const FIELDS = [
  'title',
  'startsOn',
  'capacity',
  'parts',
  'facilitator',
] as const;

/** The next Monday, or today if it is one, as YYYY-MM-DD. */
function nextMonday(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * The form that starts a cohort on a self-paced resource (in weekly parts)
 * or a path (a step a week), with an optional facilitator among its SMEs.
 */
export function StartCohortDialog(props: {
  resource: LearningResource;
  open: boolean;
  onClose: () => void;
  onStarted: (cohort: LearningCohort) => void;
}) {
  const { resource } = props;
  const learningApi = useApi(learningApiRef);
  const isPath = resource.kind === 'path';
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState(nextMonday);
  const [capacity, setCapacity] = useState('12');
  const [parts, setParts] = useState('4');
  const [facilitator, setFacilitator] = useState('');
  const [join, setJoin] = useState(true);
  const form = useFormErrors(FIELDS);
  const busy = form.saving;
  const field = (name: (typeof FIELDS)[number], help?: string) => ({
    error: Boolean(form.errors[name]),
    helperText: form.errors[name] ?? help,
  });

  const start = () =>
    form.save({}, async () => {
      const cohort = await learningApi.createCohort(resource.id, {
        ...(title.trim() ? { title: title.trim() } : {}),
        startsOn,
        capacity: Number(capacity),
        ...(isPath ? {} : { parts: Number(parts) }),
        ...(facilitator ? { facilitator } : {}),
        join,
      });
      props.onStarted(cohort);
    });

  return (
    <Dialog
      open={props.open}
      onClose={() => !busy && props.onClose()}
      aria-labelledby="learning-cohort-title"
      fullWidth
    >
      <DialogTitle id="learning-cohort-title">
        Start a cohort on {resource.title}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {isPath
            ? `The cohort takes one step of the path a week: ${resource.steps.length} weeks.`
            : 'The cohort takes one part of it a week.'}{' '}
          Members see each other's names and progress on this material.
        </DialogContentText>
        <TextField
          id="cohort-title"
          label="Name (optional)"
          value={title}
          onChange={e => {
            setTitle(e.target.value);
            form.clear('title');
          }}
          fullWidth
          margin="dense"
          inputProps={{ maxLength: 120 }}
          {...field('title')}
        />
        <TextField
          id="cohort-starts-on"
          label="Starts on"
          type="date"
          value={startsOn}
          onChange={e => {
            setStartsOn(e.target.value);
            form.clear('startsOn');
          }}
          fullWidth
          margin="dense"
          InputLabelProps={{ shrink: true }}
          {...field('startsOn')}
        />
        <TextField
          id="cohort-capacity"
          label="Places"
          type="number"
          value={capacity}
          onChange={e => {
            setCapacity(e.target.value);
            form.clear('capacity');
          }}
          fullWidth
          margin="dense"
          inputProps={{ min: 2, max: 500 }}
          {...field('capacity')}
        />
        {!isPath && (
          <TextField
            id="cohort-parts"
            label="Weekly parts"
            type="number"
            value={parts}
            onChange={e => {
              setParts(e.target.value);
              form.clear('parts');
            }}
            fullWidth
            margin="dense"
            inputProps={{ min: 1, max: 52 }}
            {...field('parts')}
          />
        )}
        <TextField
          id="cohort-facilitator"
          label="Facilitator (optional)"
          select
          value={facilitator}
          onChange={e => {
            setFacilitator(e.target.value);
            form.clear('facilitator');
          }}
          fullWidth
          margin="dense"
          {...field('facilitator', 'An expert of the material')}
        >
          <MenuItem value="">None</MenuItem>
          {resource.smes.map(ref => (
            <MenuItem key={ref} value={ref}>
              {humanizeEntityRef(parseEntityRef(ref), { defaultKind: 'user' })}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={join} onChange={(_, v) => setJoin(v)} />}
          label="Join it myself"
        />
        {form.other && (
          <Alert severity="error" role="alert">
            {form.other}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={start}
          disabled={busy}
        >
          {busy ? 'Starting…' : 'Start cohort'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
