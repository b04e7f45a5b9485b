import type { LearningEmbedInput } from './embeds';
import type { components } from './generated/openapi';
import {
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_LINK_RELATIONS,
  LearningLinkRelation,
  LearningResourceInput,
} from './types';

/**
 * The `apiVersion` of learning material written as YAML beside the code.
 *
 * @public
 */
export const LEARNING_DOCUMENT_API_VERSION = 'tech-learning/v1alpha1';

/**
 * The kinds of learning document: three kinds of resource, and embeds.
 *
 * @public
 */
export const LEARNING_DOCUMENT_KINDS = [
  'Course',
  'Toolkit',
  'LearningPath',
  'Embed',
] as const;

/** @public */
export type LearningDocumentKind = (typeof LEARNING_DOCUMENT_KINDS)[number];

/**
 * The annotation of a catalog entity that names its learning YAML: a path
 * relative to the entity's source location (`./learning.yaml`), or a URL.
 *
 * @public
 */
export const LEARNING_MATERIAL_ANNOTATION = 'tech-learning/material';

/**
 * Entity refs in a document may leave out what the file's entity implies:
 * the namespace (that of the entity naming the file, else `default`) and,
 * where a field takes one kind (an owner, an SME, a host), the kind.
 *
 * @public
 */
export interface LearningDocumentMetadata {
  /** Unique per kind in its file: `^[a-z0-9]+(?:[-_.][a-z0-9]+)*$`. */
  name: string;
  title: string;
  /** One or two sentences: the summary lists show. */
  description: string;
  tags?: string[];
}

/** @public */
export interface LearningDocumentLink {
  entityRef: string;
  relation?: LearningLinkRelation;
}

/**
 * A course, toolkit or learning path as YAML.
 *
 * @public
 */
export interface LearningResourceDocument {
  apiVersion: typeof LEARNING_DOCUMENT_API_VERSION;
  kind: 'Course' | 'Toolkit' | 'LearningPath';
  metadata: LearningDocumentMetadata;
  /**
   * The fields of a resource (see `LearningResourceInput`), but `kind`,
   * `title`, `summary` and `tags` (from kind and metadata). In `owner` (a
   * group or user) the kind defaults to group, in `smes` to user; a link's
   * relation defaults to `teaches`; a path's `steps` name courses and
   * toolkits of the same file.
   */
  spec: Pick<
    LearningResourceInput,
    | 'format'
    | 'level'
    | 'description'
    | 'durationMinutes'
    | 'language'
    | 'urls'
    | 'owner'
    | 'smes'
    | 'docs'
    | 'steps'
    | 'reviewIntervalDays'
  > & { links?: LearningDocumentLink[] };
}

/**
 * An embed as YAML.
 *
 * @public
 */
export interface LearningEmbedDocument {
  apiVersion: typeof LEARNING_DOCUMENT_API_VERSION;
  kind: 'Embed';
  metadata: Omit<LearningDocumentMetadata, 'tags'>;
  /**
   * The fields of an embed (see `LearningEmbedInput`), but `title` and
   * `summary` (from metadata); in `host` the kind defaults to group, and a
   * link's relation to `teaches`.
   */
  spec: Pick<
    LearningEmbedInput,
    | 'host'
    | 'description'
    | 'skillsWanted'
    | 'skillsTaught'
    | 'startsOn'
    | 'durationWeeks'
    | 'seats'
    | 'location'
    | 'remote'
    | 'contact'
  > & { links?: LearningDocumentLink[] };
}

/**
 * One document of a learning YAML file.
 *
 * @public
 */
export type LearningDocument = LearningResourceDocument | LearningEmbedDocument;

const text = (maxLength: number) =>
  ({ type: 'string', minLength: 1, maxLength } as const);
const ref = text(255);
const links = {
  type: 'array',
  maxItems: 100,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['entityRef'],
    properties: {
      entityRef: ref,
      relation: { enum: [...LEARNING_LINK_RELATIONS] },
    },
  },
} as const;
const names = {
  type: 'array',
  maxItems: 50,
  items: text(100),
} as const;
const metadata = (tags: boolean) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['name', 'title', 'description'],
    properties: {
      name: {
        type: 'string',
        pattern: '^[a-z0-9]+(?:[-_.][a-z0-9]+)*$',
        maxLength: 63,
      },
      title: text(200),
      description: text(500),
      ...(tags ? { tags: names } : {}),
    },
  } as const);

/**
 * The JSON schema of one learning document (draft-07), for the backend's
 * validation and for editors (`# yaml-language-server: $schema=...`).
 *
 * @public
 */
export const learningDocumentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Learning document',
  description:
    'A course, toolkit, learning path or embed of Tech Learning for Backstage, declared beside the code it teaches.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: LEARNING_DOCUMENT_API_VERSION },
    kind: { enum: [...LEARNING_DOCUMENT_KINDS] },
    metadata: { type: 'object' },
    spec: { type: 'object' },
  },
  if: { properties: { kind: { const: 'Embed' } } },
  then: {
    properties: {
      metadata: metadata(false),
      spec: {
        type: 'object',
        additionalProperties: false,
        required: ['host', 'durationWeeks', 'seats'],
        properties: {
          host: ref,
          description: { type: 'string', maxLength: 50000 },
          links,
          skillsWanted: names,
          skillsTaught: names,
          startsOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          durationWeeks: { type: 'integer', minimum: 1, maximum: 52 },
          seats: { type: 'integer', minimum: 1, maximum: 100 },
          location: text(255),
          remote: { type: 'boolean' },
          contact: text(255),
        },
      },
    },
  },
  else: {
    properties: {
      metadata: metadata(true),
      spec: {
        type: 'object',
        additionalProperties: false,
        required: ['format', 'level', 'owner'],
        properties: {
          format: { enum: [...LEARNING_FORMATS] },
          level: { enum: [...LEARNING_LEVELS] },
          description: { type: 'string', maxLength: 50000 },
          durationMinutes: { type: 'integer', minimum: 1, maximum: 100000 },
          language: {
            type: 'string',
            pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$',
          },
          urls: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['url'],
              properties: {
                url: { type: 'string', pattern: '^https?://', maxLength: 2048 },
                title: text(200),
              },
            },
          },
          owner: ref,
          smes: { type: 'array', maxItems: 50, items: ref },
          docs: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['entityRef'],
              properties: {
                entityRef: ref,
                path: { type: 'string', maxLength: 1024 },
                title: text(200),
              },
            },
          },
          links,
          steps: { type: 'array', maxItems: 100, items: text(63) },
          reviewIntervalDays: { type: 'integer', minimum: 1, maximum: 3650 },
        },
      },
    },
  },
} as const;

/**
 * A learning YAML file the backend reads, as it last found it.
 *
 * @public
 */
export type LearningYamlSource = components['schemas']['LearningYamlSource'];
