import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { LearningSession } from '@tech-learning/backstage-plugin-learning-common';
import { FormEvent, useState } from 'react';
import { learningApiRef } from '../../api';
import { FormTextField, FormTextFieldExtras } from '../forms/formParts';
import { useFormErrors } from '../../hooks/useFormErrors';

const FIELDS = ['startsAt', 'endsAt', 'seats', 'location', 'url'] as const;
type Field = (typeof FIELDS)[number];

/** `2099-01-12T09:00` in the browser's zone → an ISO instant, or undefined. */
function instant(local: string): string | undefined {
  const time = new Date(local).getTime();
  return local && !Number.isNaN(time)
    ? new Date(time).toISOString()
    : undefined;
}

/** An ISO instant → `2099-01-12T09:00` in the browser's zone. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(
    d.getHours(),
  )}:${pad(d.getMinutes())}`;
}

function initialValues(session?: LearningSession): Record<Field, string> {
  return session
    ? {
        startsAt: localInput(session.startsAt),
        endsAt: localInput(session.endsAt),
        seats: String(session.seats),
        location: session.location ?? '',
        url: session.url ?? '',
      }
    : { startsAt: '', endsAt: '', seats: '10', location: '', url: '' };
}

/**
 * Schedules a session of a live course, bootcamp or workshop, or changes
 * one (`session`): when (in the user's time zone), how many seats, where.
 * The backend checks it again, and refuses fewer seats than are taken.
 */
export function SessionForm(props: {
  resourceId: string;
  /** The session to change; without it, a new one is scheduled. */
  session?: LearningSession;
  onSaved(): void;
  /** Shown with `session`: leaves it as it was. */
  onCancel?(): void;
}) {
  const { session } = props;
  const learningApi = useApi(learningApiRef);
  const [values, setValues] = useState<Record<Field, string>>(() =>
    initialValues(session),
  );
  const { errors, other, saving, clear, save } = useFormErrors(FIELDS);

  const set = (field: Field) => (value: string) => {
    setValues(v => ({ ...v, [field]: value }));
    clear(field);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startsAt = instant(values.startsAt);
    const endsAt = instant(values.endsAt);
    const seats = Number(values.seats);
    const local: Partial<Record<Field, string>> = {};
    if (!startsAt) local.startsAt = 'When it starts';
    if (!endsAt) local.endsAt = 'When it ends';
    else if (startsAt && endsAt <= startsAt)
      local.endsAt = 'It ends after it starts';
    if (!Number.isInteger(seats) || seats < 1)
      local.seats = 'A whole number from 1';
    save(local, async () => {
      const input = {
        startsAt: startsAt!,
        endsAt: endsAt!,
        seats,
        ...(values.location.trim() ? { location: values.location.trim() } : {}),
        ...(values.url.trim() ? { url: values.url.trim() } : {}),
      };
      if (session) {
        await learningApi.updateSession(props.resourceId, session.id, input);
      } else {
        await learningApi.createSession(props.resourceId, input);
        setValues(v => ({ ...v, startsAt: '', endsAt: '' }));
      }
      props.onSaved();
    });
  };

  const field = (
    name: Field,
    label: string,
    extra: FormTextFieldExtras = {},
  ) => (
    <FormTextField
      id={`learning-session-${session?.id ?? 'new'}-${name}`}
      label={label}
      value={values[name]}
      onChange={set(name)}
      error={errors[name]}
      {...extra}
    />
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={session ? 'Change the session' : 'Schedule a session'}
    >
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {session ? 'Change the session' : 'Schedule a session'}
        </Typography>
        {other && (
          <Alert severity="error" role="alert">
            {other}
          </Alert>
        )}
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            {field('startsAt', 'Starts', {
              type: 'datetime-local',
              required: true,
              InputLabelProps: { shrink: true },
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('endsAt', 'Ends', {
              type: 'datetime-local',
              required: true,
              InputLabelProps: { shrink: true },
            })}
          </Grid>
          <Grid item xs={4}>
            {field('seats', 'Seats', {
              type: 'number',
              required: true,
              inputProps: { min: 1 },
            })}
          </Grid>
          <Grid item xs={8}>
            {field('location', 'Where', { placeholder: 'Room 4' })}
          </Grid>
          <Grid item xs={12}>
            {field('url', 'Join link', { placeholder: 'https://' })}
          </Grid>
        </Grid>
        <Box mt={1}>
          <Button type="submit" variant="outlined" disabled={saving}>
            {session && (saving ? 'Saving…' : 'Save the session')}
            {!session && (saving ? 'Scheduling…' : 'Schedule')}
          </Button>
          {session && (
            <Button onClick={props.onCancel} disabled={saving}>
              Keep it as it was
            </Button>
          )}
        </Box>
      </Box>
    </form>
  );
}
