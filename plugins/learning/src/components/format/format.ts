import {
  LearningFormat,
  LearningLinkRelation,
  LearningSession,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';

/** `90` → `1 h 30 min`; `45` → `45 min`. */
export function formatDuration(minutes?: number): string | undefined {
  if (minutes === undefined) {
    return undefined;
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const KIND_LABELS: Record<LearningResourceKind, string> = {
  course: 'Course',
  toolkit: 'Toolkit',
  path: 'Learning path',
};

export function kindLabel(kind: LearningResourceKind): string {
  return KIND_LABELS[kind];
}

const FORMAT_LABELS: Record<LearningFormat, string> = {
  live: 'Live',
  bootcamp: 'Bootcamp',
  workshop: 'Workshop',
  video: 'Video',
  podcast: 'Podcast',
  'self-paced': 'Self-paced',
  lab: 'Lab',
  reading: 'Reading',
};

export function formatLabel(format: LearningFormat): string {
  return FORMAT_LABELS[format];
}

export function capitalize(value: string): string {
  return value.charAt(0).toLocaleUpperCase('en-US') + value.slice(1);
}

/** Link into the TechDocs of an entity, at an optional page. */
export function techDocsPath(entityRef: string, path?: string): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  const page = path ? `/${path.replace(/^\/+/, '')}` : '/';
  return `/docs/${namespace}/${kind}/${name}${page}`;
}

/** `2026-11-22T…` → `22 Nov 2026`, in the reader's locale. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const STATE_LABELS = {
  enrolled: 'Enrolled',
  'in-progress': 'In progress',
  completed: 'Completed',
} as const;

export function enrolmentStateLabel(state: keyof typeof STATE_LABELS): string {
  return STATE_LABELS[state];
}

/** Formats that have scheduled sessions. */
export const SCHEDULED_FORMATS: readonly LearningFormat[] = [
  'live',
  'bootcamp',
  'workshop',
];

/** `Sat, 10 Jan 2099, 09:00–12:00`, in the reader's locale and zone. */
export function formatSessionTime(session: LearningSession): string {
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const day = start.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const time = (d: Date) =>
    d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time(start)}–${time(end)}`;
}

export const RELATION_TITLES: Record<LearningLinkRelation, string> = {
  teaches: 'Teaches',
  uses: 'Uses',
  'prerequisite-for': 'Prerequisite for',
};

/** Kinds of catalog entity that material can be linked to. */
export const LINKABLE_KINDS = [
  'Component',
  'API',
  'System',
  'Domain',
  'Resource',
];

/**
 * Who delivers provider-owned material: `Learning YAML` for a file beside
 * the code (the backend names those `yaml:<id>`), else the provider's name.
 */
export function providerLabel(provider: string | undefined): string {
  if (!provider) return 'A provider';
  return provider.startsWith('yaml:') ? 'Learning YAML' : provider;
}
