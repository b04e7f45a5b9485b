import { InputError } from '@backstage/errors';
import {
  LEARNING_ENROLMENT_STATES,
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_LINK_RELATIONS,
  LEARNING_RESOURCE_KINDS,
  isHttpUrl,
  normalizeFullEntityRef,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';

/** Refuses anything but http and https URLs. */
export const httpUrl = z
  .string()
  .max(2048)
  .refine(isHttpUrl, { message: 'must be an http or https URL' });

/** A full entity ref, normalised; optionally of given kinds only. */
export const entityRef = (kinds?: string[]) =>
  z
    .string()
    .max(255)
    .transform((value, ctx) => {
      try {
        return normalizeFullEntityRef(value, { kinds });
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    });

const tag = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[a-z0-9][a-z0-9+#.-]*$/,
    'must be lower case letters, digits and + # . -',
  );

/** The fields an author sets on a resource. */
export const resourceInputSchema = z.object({
  kind: z.enum(LEARNING_RESOURCE_KINDS),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(500),
  description: z.string().max(50_000).optional(),
  format: z.enum(LEARNING_FORMATS),
  level: z.enum(LEARNING_LEVELS),
  durationMinutes: z.number().int().min(1).max(100_000).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag')
    .max(16)
    .optional(),
  tags: z.array(tag).max(20).optional(),
  urls: z
    .array(z.object({ title: z.string().max(200).optional(), url: httpUrl }))
    .max(10)
    .optional(),
  owner: entityRef(['group', 'user']),
  smes: z
    .array(entityRef(['user']))
    .max(20)
    .optional(),
  docs: z
    .array(
      z.object({
        entityRef: entityRef(),
        path: z
          .string()
          .max(1024)
          .regex(/^[^/]/, 'must be relative to the docs root')
          .optional(),
        title: z.string().max(200).optional(),
      }),
    )
    .max(20)
    .optional(),
  links: z
    .array(
      z.object({
        entityRef: entityRef(),
        relation: z.enum(LEARNING_LINK_RELATIONS),
      }),
    )
    .max(100)
    .optional(),
  steps: z
    .array(z.string().min(1).max(64))
    .max(100)
    .optional()
    .describe('resource ids, for paths'),
  reviewedAt: z.iso.datetime({ offset: true }).optional(),
  reviewIntervalDays: z.number().int().min(1).max(3650).optional(),
});

/**
 * A change to a resource: any author field but the links; null clears an
 * optional one.
 */
export const resourcePatchSchema = resourceInputSchema
  .omit({ links: true })
  .extend({
    description: resourceInputSchema.shape.description.unwrap().nullable(),
    durationMinutes: resourceInputSchema.shape.durationMinutes
      .unwrap()
      .nullable(),
    reviewedAt: resourceInputSchema.shape.reviewedAt.unwrap().nullable(),
    reviewIntervalDays: resourceInputSchema.shape.reviewIntervalDays
      .unwrap()
      .nullable(),
  })
  .partial()
  .strict();

export const linkSchema = z
  .object({
    entityRef: entityRef(),
    relation: z.enum(LEARNING_LINK_RELATIONS),
  })
  .strict();

export const smeSchema = z.object({ userRef: entityRef(['user']) }).strict();

export const enrolmentInputSchema = z
  .object({
    state: z.enum(LEARNING_ENROLMENT_STATES).optional(),
    progress: z.number().int().min(0).max(100).optional(),
    sessionId: z.string().min(1).max(64).nullable().optional(),
  })
  .strict();

export const feedbackInputSchema = z
  .object({
    rating: z.number().int().min(1).max(5),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();

export const sessionInputSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    seats: z.number().int().min(1).max(10_000),
    location: z.string().trim().min(1).max(255).optional(),
    url: httpUrl.optional(),
  })
  .strict()
  .refine(s => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    message: 'must be after startsAt',
    path: ['endsAt'],
  });

/** A calendar day, `YYYY-MM-DD`, that exists. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
  .refine(
    value => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    { message: 'must be a day that exists' },
  );

const skills = z.array(z.string().trim().min(1).max(64)).max(20);

/** The fields a host team sets on an embed. */
export const embedInputSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(500),
    description: z.string().max(50_000).optional(),
    host: entityRef(['group']),
    links: resourceInputSchema.shape.links,
    skillsWanted: skills.optional(),
    skillsTaught: skills.optional(),
    startsOn: day.optional(),
    durationWeeks: z.number().int().min(1).max(52),
    seats: z.number().int().min(1).max(100),
    location: z.string().trim().min(1).max(255).optional(),
    remote: z.boolean().optional(),
    contact: z.string().trim().min(1).max(255).optional(),
  })
  .strict();

/**
 * A change to an embed: any field but its host; null clears an optional
 * one.
 */
export const embedPatchSchema = embedInputSchema
  .omit({ host: true })
  .extend({
    description: embedInputSchema.shape.description.unwrap().nullable(),
    startsOn: day.nullable(),
    location: embedInputSchema.shape.location.unwrap().nullable(),
    contact: embedInputSchema.shape.contact.unwrap().nullable(),
  })
  .partial()
  .strict();

export const applicationInputSchema = z
  .object({ message: z.string().trim().max(2000).optional() })
  .strict();

export const decisionSchema = z
  .object({ decision: z.enum(['accepted', 'declined']) })
  .strict();

/** A resource as a provider delivers it; its steps are provider keys. */
export const providedResourceSchema = resourceInputSchema.extend({
  key: z.string().min(1).max(255),
  location: httpUrl.optional(),
  steps: z.array(z.string().min(1).max(255)).max(100).optional(),
});

/** An embed as a provider delivers it. */
export const providedEmbedSchema = embedInputSchema.extend({
  key: z.string().min(1).max(255),
  sourceLocation: httpUrl.optional(),
});

/** A learner record as a provider delivers it. */
export const providedLearnerRecordSchema = z
  .object({
    resourceKey: z.string().min(1).max(255),
    userRef: entityRef(['user']),
    state: z.enum(LEARNING_ENROLMENT_STATES),
    progress: z.number().int().min(0).max(100).optional(),
    enrolledAt: z.iso.datetime({ offset: true }).optional(),
    updatedAt: z.iso.datetime({ offset: true }),
    rating: z.number().int().min(1).max(5).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine(r => r.comment === undefined || r.rating !== undefined, {
    message: 'a comment needs a rating',
    path: ['comment'],
  });

/** Names the field and the problem of each zod issue. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(issue => {
      const field = issue.path.length ? issue.path.join('.') : 'body';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Parses a request body or parameter with a schema, or throws an
 * InputError that names each field and its problem.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(describeIssues(result.error));
  }
  return result.data;
}
