import {
  isHttpUrl,
  LearningFormat,
  LearningLevel,
  LearningLinkRelation,
  LearningResource,
  LearningResourceInput,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';

/*
 * The resource form's state: what it starts from, what it can tell
 * without the backend, and the input it sends.
 */

export type Step = Pick<LearningResource, 'id' | 'title' | 'kind'>;

export interface FormState {
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

export const FIELDS = [
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

export type Field = (typeof FIELDS)[number];

/** The field of the API that each part of the form's state sets. */
export const FIELD_OF: Record<keyof FormState, Field> = {
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
export type Errors = Partial<Record<Field, string>>;

export function initialState(
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
export function validate(state: FormState): Errors {
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

export function toInput(state: FormState): LearningResourceInput {
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

/** What each section of the form gets: the state, its setter, the problems. */
export interface SectionProps {
  state: FormState;
  set<K extends keyof FormState>(key: K, value: FormState[K]): void;
  errors: Errors;
}
