import { useApi } from '@backstage/core-plugin-api';
import {
  LearningEmbed,
  LearningEmbedInput,
  LearningLinkRelation,
} from '@tech-learning/backstage-plugin-learning-common';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import { FormEvent, useState } from 'react';
import { learningApiRef } from '../../api';
import { CatalogRefPicker } from '../forms/CatalogRefPicker';
import {
  ChipsField,
  EntityLinkRow,
  EntityLinkRows,
  FormFrame,
  FormSection,
  FormTextField,
  FormTextFieldExtras,
  MarkdownField,
} from '../forms/formParts';
import { useFormErrors } from '../../hooks/useFormErrors';

interface FormState {
  title: string;
  summary: string;
  description: string;
  host: string;
  links: EntityLinkRow[];
  skillsWanted: string[];
  skillsTaught: string[];
  startsOn: string;
  durationWeeks: string;
  seats: string;
  location: string;
  remote: boolean;
  contact: string;
}

/** The fields of the API; the form's state uses the same names. */
const FIELDS = [
  'title',
  'summary',
  'description',
  'host',
  'links',
  'skillsWanted',
  'skillsTaught',
  'startsOn',
  'durationWeeks',
  'seats',
  'location',
  'remote',
  'contact',
] as const;

type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

function initialState(
  embed: LearningEmbed | undefined,
  defaults: { host?: string; link?: EntityLinkRow },
): FormState {
  return {
    title: embed?.title ?? '',
    summary: embed?.summary ?? '',
    description: embed?.description ?? '',
    host: embed?.host ?? defaults.host ?? '',
    links: embed?.links ?? (defaults.link ? [defaults.link] : []),
    skillsWanted: embed?.skillsWanted ?? [],
    skillsTaught: embed?.skillsTaught ?? [],
    startsOn: embed?.startsOn ?? '',
    durationWeeks: embed?.durationWeeks.toString() ?? '4',
    seats: embed?.seats.toString() ?? '1',
    location: embed?.location ?? '',
    remote: embed?.remote ?? true,
    contact: embed?.contact ?? '',
  };
}

function wholeNumber(value: string, min: number, max: number) {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max
    ? n
    : undefined;
}

/** What can be told without the backend; it checks everything again. */
function validate(state: FormState, seatsTaken: number): Errors {
  const errors: Errors = {};
  if (!state.title.trim()) errors.title = 'A title is required';
  if (!state.summary.trim()) errors.summary = 'A summary is required';
  if (!state.host) errors.host = 'Choose the team that hosts the embed';
  if (wholeNumber(state.durationWeeks, 1, 52) === undefined)
    errors.durationWeeks = 'Weeks, a whole number from 1 to 52';
  const seats = wholeNumber(state.seats, 1, 100);
  if (seats === undefined) errors.seats = 'A whole number from 1 to 100';
  else if (seats < seatsTaken)
    errors.seats = `${seatsTaken} seats are taken: no fewer than that`;
  if (state.startsOn && !/^\d{4}-\d{2}-\d{2}$/.test(state.startsOn))
    errors.startsOn = 'A day, or empty for a flexible start';
  if (state.links.some(l => !l.entityRef))
    errors.links = 'Choose an entity for each link, or remove the row';
  return errors;
}

function toInput(state: FormState): LearningEmbedInput {
  const text = (value: string) => value.trim() || undefined;
  return {
    title: state.title.trim(),
    summary: state.summary.trim(),
    description: state.description || undefined,
    host: state.host,
    links: state.links,
    skillsWanted: state.skillsWanted,
    skillsTaught: state.skillsTaught,
    startsOn: text(state.startsOn),
    durationWeeks: Number(state.durationWeeks),
    seats: Number(state.seats),
    location: text(state.location),
    remote: state.remote,
    contact: text(state.contact),
  };
}

interface EmbedFormProps {
  /** The embed to change; without it, the form posts a new one. */
  embed?: LearningEmbed;
  /** The host preset on a new embed (a team of the signed-in user). */
  defaultHost?: string;
  /** A link preset on a new embed (from an entity's page). */
  defaultLink?: { entityRef: string; relation: LearningLinkRelation };
  onSaved(embed: LearningEmbed): void;
  onCancel(): void;
}

/**
 * Posts or changes an embed. The backend validates it again (and refuses
 * a host group the user is not a member of) and names the field of each
 * problem; the form shows each at its field. The host does not change.
 */
export function EmbedForm(props: EmbedFormProps) {
  const { embed } = props;
  const learningApi = useApi(learningApiRef);
  const [state, setState] = useState<FormState>(() =>
    initialState(embed, { host: props.defaultHost, link: props.defaultLink }),
  );
  const { errors, other, saving, hasErrors, clear, save } =
    useFormErrors(FIELDS);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setState(s => ({ ...s, [key]: value }));
    clear(key);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(validate(state, embed?.seatsTaken ?? 0), async () => {
      const input = toInput(state);
      const { host: _host, ...fields } = input;
      const saved = embed
        ? await learningApi.updateEmbed(embed.id, {
            ...fields,
            // an emptied optional field is cleared, not left as it was
            description: fields.description ?? null,
            startsOn: fields.startsOn ?? null,
            location: fields.location ?? null,
            contact: fields.contact ?? null,
          })
        : await learningApi.createEmbed(input);
      props.onSaved(saved);
    });
  };

  const text = (
    field: Field & keyof FormState,
    label: string,
    extra: FormTextFieldExtras = {},
  ) => (
    <FormTextField
      id={`learning-embed-${field}`}
      label={label}
      value={state[field] as string}
      onChange={value => set(field, value as never)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <FormFrame
      label={embed ? 'Change the embed' : 'New embed'}
      onSubmit={submit}
      onCancel={props.onCancel}
      saving={saving}
      submitLabel={embed ? 'Save changes' : 'Post the embed'}
      error={other}
      hasFieldErrors={hasErrors}
    >
      <FormSection title="What the embed is">
        <Grid item xs={12}>
          {text('title', 'Title', {
            required: true,
            inputProps: { maxLength: 200 },
            helperText: 'Such as: Four weeks on the ledger',
          })}
        </Grid>
        <Grid item xs={12}>
          {text('summary', 'Summary', {
            required: true,
            inputProps: { maxLength: 500 },
            helperText: 'One or two sentences; lists show it',
          })}
        </Grid>
        <Grid item xs={12}>
          <MarkdownField
            id="learning-embed-description"
            label="Description"
            value={state.description}
            onChange={value => set('description', value)}
            error={errors.description}
            helperText="Markdown; what the guest will do and learn"
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <ChipsField
            id="learning-embed-skillsWanted"
            label="Skills wanted"
            value={state.skillsWanted}
            onChange={value => set('skillsWanted', value)}
            error={errors.skillsWanted}
            helperText="What a guest should bring; type one and press Enter"
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <ChipsField
            id="learning-embed-skillsTaught"
            label="Skills taught"
            value={state.skillsTaught}
            onChange={value => set('skillsTaught', value)}
            error={errors.skillsTaught}
            helperText="What a guest learns; type one and press Enter"
          />
        </Grid>
      </FormSection>

      <FormSection title="When and where">
        <Grid item xs={12} sm={4}>
          {text('startsOn', 'Starts on', {
            type: 'date',
            InputLabelProps: { shrink: true },
            helperText: 'Empty for a flexible start',
          })}
        </Grid>
        <Grid item xs={6} sm={4}>
          {text('durationWeeks', 'Duration (weeks)', {
            type: 'number',
            required: true,
            inputProps: { min: 1, max: 52 },
          })}
        </Grid>
        <Grid item xs={6} sm={4}>
          {text('seats', 'Seats', {
            type: 'number',
            required: true,
            inputProps: { min: Math.max(1, embed?.seatsTaken ?? 0) },
            helperText: embed?.seatsTaken
              ? `${embed.seatsTaken} taken`
              : 'How many guests at once',
          })}
        </Grid>
        <Grid item xs={12} sm={6}>
          {text('location', 'Location', {
            inputProps: { maxLength: 255 },
            helperText: 'An office or a city; empty if none',
          })}
        </Grid>
        <Grid item xs={12} sm={6}>
          <FormControlLabel
            control={
              <Switch
                checked={state.remote}
                onChange={e => set('remote', e.target.checked)}
              />
            }
            label="Remote possible"
          />
        </Grid>
      </FormSection>

      <FormSection title="Who hosts it">
        <Grid item xs={12} sm={6}>
          <CatalogRefPicker
            label="Host team"
            kinds={['Group']}
            required
            disabled={Boolean(embed)}
            value={state.host}
            onChange={value => set('host', value)}
            error={errors.host}
            helperText={
              embed ? 'The host does not change' : 'A team you are a member of'
            }
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          {text('contact', 'Contact', {
            inputProps: { maxLength: 255 },
            helperText: 'A chat channel or an e-mail address',
          })}
        </Grid>
      </FormSection>

      <FormSection title="What it works on in the catalog">
        <EntityLinkRows
          rows={state.links}
          onChange={rows => set('links', rows)}
          error={errors.links}
        />
      </FormSection>
    </FormFrame>
  );
}
