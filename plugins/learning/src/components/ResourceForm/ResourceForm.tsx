import { useApi } from '@backstage/core-plugin-api';
import {
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_RESOURCE_KINDS,
  isHttpUrl,
  LearningFormat,
  LearningLevel,
  LearningLinkRelation,
  LearningResource,
  LearningResourceInput,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import { FormEvent, useState } from 'react';
import { learningApiRef } from '../../api';
import { CatalogRefPicker } from '../forms/CatalogRefPicker';
import { ResourcePicker } from '../forms/ResourcePicker';
import {
  ChipsField,
  EntityLinkRows,
  FormRows,
  FormFrame,
  FormSection,
  FormTextField,
  FormTextFieldExtras,
  MarkdownField,
} from '../forms/formParts';
import { useFormErrors } from '../../hooks/useFormErrors';
import {
  capitalize,
  formatLabel,
  kindLabel,
  LINKABLE_KINDS,
} from '../format/format';

type Step = Pick<LearningResource, 'id' | 'title' | 'kind'>;

interface FormState {
  kind: LearningResourceKind;
  title: string;
  summary: string;
  description: string;
  format: LearningFormat;
  level: LearningLevel;
  duration: string;
  language: string;
  tags: string[];
  urls: { title: string; url: string }[];
  owner: string;
  smes: string[];
  docs: { entityRef: string; path: string }[];
  links: { entityRef: string; relation: LearningLinkRelation }[];
  steps: Step[];
  reviewIntervalDays: string;
}

const FIELDS = [
  'kind',
  'title',
  'summary',
  'description',
  'format',
  'level',
  'durationMinutes',
  'language',
  'tags',
  'urls',
  'owner',
  'smes',
  'docs',
  'links',
  'steps',
  'reviewIntervalDays',
] as const;

type Field = (typeof FIELDS)[number];

/** The field of the API that each part of the form's state sets. */
const FIELD_OF: Record<keyof FormState, Field> = {
  kind: 'kind',
  title: 'title',
  summary: 'summary',
  description: 'description',
  format: 'format',
  level: 'level',
  duration: 'durationMinutes',
  language: 'language',
  tags: 'tags',
  urls: 'urls',
  owner: 'owner',
  smes: 'smes',
  docs: 'docs',
  links: 'links',
  steps: 'steps',
  reviewIntervalDays: 'reviewIntervalDays',
};
type Errors = Partial<Record<Field, string>>;

function initialState(
  resource: LearningResource | undefined,
  defaults: { owner?: string; link?: FormState['links'][number] },
): FormState {
  return {
    kind: resource?.kind ?? 'course',
    title: resource?.title ?? '',
    summary: resource?.summary ?? '',
    description: resource?.description ?? '',
    format: resource?.format ?? 'self-paced',
    level: resource?.level ?? 'beginner',
    duration: resource?.durationMinutes?.toString() ?? '',
    language: resource?.language ?? 'en',
    tags: resource?.tags ?? [],
    urls: resource?.urls.map(u => ({ title: u.title ?? '', url: u.url })) ?? [],
    owner: resource?.owner ?? defaults.owner ?? '',
    smes: resource?.smes ?? [],
    docs:
      resource?.docs.map(d => ({
        entityRef: d.entityRef,
        path: d.path ?? '',
      })) ?? [],
    links: !resource && defaults.link ? [defaults.link] : [],
    steps: resource?.steps.map(id => ({ id, title: id, kind: 'course' })) ?? [],
    reviewIntervalDays: resource?.reviewIntervalDays?.toString() ?? '',
  };
}

function wholeNumber(value: string, min: number, max: number) {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** What can be told without the backend; it checks everything again. */
function validate(state: FormState): Errors {
  const errors: Errors = {};
  if (!state.title.trim()) errors.title = 'A title is required';
  if (!state.summary.trim()) errors.summary = 'A summary is required';
  if (!state.owner) errors.owner = 'Choose the group or user that owns it';
  if (state.duration && wholeNumber(state.duration, 1, 100_000) === undefined)
    errors.durationMinutes = 'Minutes, a whole number from 1';
  if (
    state.reviewIntervalDays &&
    wholeNumber(state.reviewIntervalDays, 1, 3650) === undefined
  )
    errors.reviewIntervalDays = 'Days, a whole number from 1 to 3650';
  const badUrl = state.urls.findIndex(u => !isHttpUrl(u.url.trim()));
  if (badUrl >= 0)
    errors.urls = `Link ${badUrl + 1}: must be an http or https URL`;
  if (state.links.some(l => !l.entityRef))
    errors.links = 'Choose an entity for each link, or remove the row';
  if (state.docs.some(d => !d.entityRef))
    errors.docs = 'Choose the entity whose docs hold each page';
  if (state.kind === 'path' && state.steps.length === 0)
    errors.steps = 'A learning path needs at least one step';
  return errors;
}

function toInput(state: FormState): LearningResourceInput {
  const duration = wholeNumber(state.duration, 1, 100_000);
  const interval = wholeNumber(state.reviewIntervalDays, 1, 3650);
  return {
    kind: state.kind,
    title: state.title.trim(),
    summary: state.summary.trim(),
    description: state.description,
    format: state.format,
    level: state.level,
    ...(duration !== undefined ? { durationMinutes: duration } : {}),
    language: state.language.trim() || 'en',
    tags: state.tags,
    urls: state.urls.map(u => ({
      url: u.url.trim(),
      ...(u.title.trim() ? { title: u.title.trim() } : {}),
    })),
    owner: state.owner,
    smes: state.smes,
    docs: state.docs.map(d => ({
      entityRef: d.entityRef,
      ...(d.path.trim() ? { path: d.path.trim().replace(/^\/+/, '') } : {}),
    })),
    links: state.links,
    steps: state.kind === 'path' ? state.steps.map(s => s.id) : [],
    ...(interval !== undefined ? { reviewIntervalDays: interval } : {}),
  };
}

interface ResourceFormProps {
  /** The resource to edit; without it, the form creates one. */
  resource?: LearningResource;
  /** Step titles of a path being edited, by id. */
  stepTitles?: Map<string, Step>;
  /** Owner preset on a new resource (the signed-in user, say). */
  defaultOwner?: string;
  /** A link preset on a new resource (from an entity's page). */
  defaultLink?: { entityRef: string; relation: LearningLinkRelation };
  onSaved(resource: LearningResource): void;
  onCancel(): void;
}

/**
 * Creates or edits a course, toolkit or path. The backend validates it
 * again and names the field of each problem; the form shows each at its
 * field. Links of an existing resource change on its page, since each one
 * needs the permission of the entity it points to.
 */
export function ResourceForm(props: ResourceFormProps) {
  const { resource } = props;
  const learningApi = useApi(learningApiRef);
  const [state, setState] = useState<FormState>(() => {
    const initial = initialState(resource, {
      owner: props.defaultOwner,
      link: props.defaultLink,
    });
    if (props.stepTitles) {
      initial.steps = initial.steps.map(s => props.stepTitles?.get(s.id) ?? s);
    }
    return initial;
  });
  const { errors, other, saving, hasErrors, clear, save } =
    useFormErrors(FIELDS);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setState(s => ({ ...s, [key]: value }));
    clear(FIELD_OF[key]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(validate(state), async () => {
      const input = toInput(state);
      let saved: LearningResource;
      if (resource) {
        const { links: _links, ...fields } = input;
        saved = await learningApi.updateResource(resource.id, {
          ...fields,
          // an emptied optional field is cleared, not left as it was
          durationMinutes: fields.durationMinutes ?? null,
          reviewIntervalDays: fields.reviewIntervalDays ?? null,
        });
      } else {
        saved = await learningApi.createResource(input);
      }
      props.onSaved(saved);
    });
  };

  const text = (
    field: Field,
    key: keyof FormState,
    label: string,
    extra: FormTextFieldExtras = {},
  ) => (
    <FormTextField
      id={`learning-${field}`}
      label={label}
      value={state[key] as string}
      onChange={value => set(key, value as never)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <FormFrame
      label={resource ? 'Edit learning material' : 'New learning material'}
      onSubmit={submit}
      onCancel={props.onCancel}
      saving={saving}
      submitLabel={resource ? 'Save changes' : 'Create'}
      error={other}
      hasFieldErrors={hasErrors}
    >
      <FormSection title="What it is">
        <Grid item xs={12} sm={4}>
          {text('kind', 'kind', 'Kind', {
            select: true,
            required: true,
            disabled: Boolean(resource),
            helperText: resource ? 'The kind does not change' : undefined,
            children: LEARNING_RESOURCE_KINDS.map(k => (
              <MenuItem key={k} value={k}>
                {kindLabel(k)}
              </MenuItem>
            )),
          })}
        </Grid>
        <Grid item xs={12} sm={4}>
          {text('format', 'format', 'Format', {
            select: true,
            required: true,
            children: LEARNING_FORMATS.map(f => (
              <MenuItem key={f} value={f}>
                {formatLabel(f)}
              </MenuItem>
            )),
          })}
        </Grid>
        <Grid item xs={12} sm={4}>
          {text('level', 'level', 'Level', {
            select: true,
            required: true,
            children: LEARNING_LEVELS.map(l => (
              <MenuItem key={l} value={l}>
                {capitalize(l)}
              </MenuItem>
            )),
          })}
        </Grid>
        <Grid item xs={12}>
          {text('title', 'title', 'Title', {
            required: true,
            inputProps: { maxLength: 200 },
          })}
        </Grid>
        <Grid item xs={12}>
          {text('summary', 'summary', 'Summary', {
            required: true,
            helperText: 'One or two sentences; lists and cards show it',
            inputProps: { maxLength: 500 },
          })}
        </Grid>
        <Grid item xs={12}>
          <MarkdownField
            id="learning-description"
            label="Description"
            value={state.description}
            onChange={value => set('description', value)}
            error={errors.description}
            helperText="Markdown; what learners will learn and need"
          />
        </Grid>
        <Grid item xs={6} sm={3}>
          {text('durationMinutes', 'duration', 'Duration (minutes)', {
            type: 'number',
            inputProps: { min: 1 },
          })}
        </Grid>
        <Grid item xs={6} sm={3}>
          {text('language', 'language', 'Language', {
            helperText: 'A language tag: en, de, pt-BR',
          })}
        </Grid>
        <Grid item xs={12} sm={6}>
          <ChipsField
            id="learning-tags"
            label="Tags"
            value={state.tags}
            onChange={tags => set('tags', tags)}
            error={errors.tags}
            helperText="Type a tag and press Enter"
            normalize={tag => tag.trim().toLocaleLowerCase('en-US')}
          />
        </Grid>
      </FormSection>

      <FormSection title="Where to take it">
        <FormRows
          label="Link"
          addLabel="Add a link"
          rows={state.urls}
          onChange={rows => set('urls', rows)}
          empty={{ title: '', url: '' }}
          error={errors.urls}
        >
          {(row, update, i) => (
            <>
              <Grid item xs={12} sm={4}>
                <TextField
                  fullWidth
                  id={`learning-url-${i}-title`}
                  label={`Link ${i + 1} title`}
                  value={row.title}
                  onChange={e => update({ ...row, title: e.target.value })}
                />
              </Grid>
              <Grid item xs={12} sm={8}>
                <TextField
                  fullWidth
                  required
                  id={`learning-url-${i}-url`}
                  label={`Link ${i + 1} URL`}
                  placeholder="https://"
                  value={row.url}
                  onChange={e => update({ ...row, url: e.target.value })}
                />
              </Grid>
            </>
          )}
        </FormRows>
      </FormSection>

      <FormSection title="Who stands behind it">
        <Grid item xs={12} sm={6}>
          <CatalogRefPicker
            label="Owner"
            kinds={['Group', 'User']}
            required
            value={state.owner}
            onChange={value => set('owner', value)}
            error={errors.owner}
            helperText="The team (or person) that keeps it up to date"
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <CatalogRefPicker
            multiple
            label="Subject-matter experts"
            kinds={['User']}
            value={state.smes}
            onChange={value => set('smes', value)}
            error={errors.smes}
            helperText="People learners may ask"
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          {text(
            'reviewIntervalDays',
            'reviewIntervalDays',
            'Review every (days)',
            {
              type: 'number',
              inputProps: { min: 1, max: 3650 },
              helperText: 'Empty: the installation’s default',
            },
          )}
        </Grid>
      </FormSection>

      {!resource && (
        <FormSection title="What it teaches in the catalog">
          <EntityLinkRows
            rows={state.links}
            onChange={rows => set('links', rows)}
            error={errors.links}
          />
        </FormSection>
      )}

      <FormSection title="Docs">
        <FormRows
          label="Docs page"
          addLabel="Add a docs page"
          rows={state.docs}
          onChange={rows => set('docs', rows)}
          empty={{ entityRef: '', path: '' }}
          error={errors.docs}
        >
          {(row, update, i) => (
            <>
              <Grid item xs={12} sm={6}>
                <CatalogRefPicker
                  label={`Docs of ${i + 1}`}
                  kinds={LINKABLE_KINDS}
                  value={row.entityRef}
                  onChange={entityRef => update({ ...row, entityRef })}
                />
              </Grid>
              <Grid item xs={12} sm={6}>
                <TextField
                  fullWidth
                  id={`learning-doc-${i}-path`}
                  label={`Page ${i + 1}`}
                  placeholder="guides/idempotency/"
                  helperText="Relative to the entity's docs; empty for its home"
                  value={row.path}
                  onChange={e => update({ ...row, path: e.target.value })}
                />
              </Grid>
            </>
          )}
        </FormRows>
      </FormSection>

      {state.kind === 'path' && (
        <FormSection title="Steps of the path">
          {state.steps.map((step, i) => (
            <Grid item xs={12} key={step.id}>
              <Box display="flex" alignItems="center">
                <Typography style={{ flex: 1 }}>
                  {i + 1}. {step.title}
                </Typography>
                <Button
                  size="small"
                  disabled={i === 0}
                  aria-label={`Move step ${i + 1} up`}
                  onClick={() => {
                    const steps = [...state.steps];
                    [steps[i - 1], steps[i]] = [steps[i], steps[i - 1]];
                    set('steps', steps);
                  }}
                >
                  Up
                </Button>
                <IconButton
                  aria-label={`Remove step ${i + 1}`}
                  onClick={() =>
                    set(
                      'steps',
                      state.steps.filter((_, j) => j !== i),
                    )
                  }
                >
                  <DeleteIcon />
                </IconButton>
              </Box>
            </Grid>
          ))}
          <Grid item xs={12} sm={8}>
            <ResourcePicker
              label="Add a step"
              kinds={['course', 'toolkit']}
              value={null}
              exclude={state.steps.map(s => s.id)}
              onChange={picked =>
                picked && set('steps', [...state.steps, picked])
              }
              error={errors.steps}
              helperText="Courses and toolkits, in the order to take them"
            />
          </Grid>
        </FormSection>
      )}
    </FormFrame>
  );
}
