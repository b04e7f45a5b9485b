import type {
  LearningApiComponents,
  LearningLink,
  LearningResourceInput,
  LearningResourcePatch,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_LINK_RELATIONS,
  LEARNING_RESOURCE_KINDS,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { bodyOf, entityRef, httpUrl, linksSchema } from '../shared/validation';

const tag = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[a-z0-9][a-z0-9+#.-]*$/,
    'must be lower case letters, digits and + # . -',
  );

/** The fields an author sets on a resource. */
export const resourceInputSchema = bodyOf<LearningResourceInput>()(
  z.object({
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
    links: linksSchema.optional(),
    steps: z
      .array(z.string().min(1).max(64))
      .max(100)
      .optional()
      .describe('resource ids, for paths'),
    reviewedAt: z.iso.datetime({ offset: true }).optional(),
    reviewIntervalDays: z.number().int().min(1).max(3650).optional(),
  }),
);

/**
 * A change to a resource: any author field but the links; null clears an
 * optional one.
 */
export const resourcePatchSchema = bodyOf<LearningResourcePatch>()(
  resourceInputSchema
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
    .strict(),
);

export const linkSchema = bodyOf<LearningLink>()(
  z
    .object({
      entityRef: entityRef(),
      relation: z.enum(LEARNING_LINK_RELATIONS),
    })
    .strict(),
);

export const smeSchema = bodyOf<LearningApiComponents['schemas']['SmeInput']>()(
  z.object({ userRef: entityRef(['user']) }).strict(),
);

/** A resource as a provider delivers it; its steps are provider keys. */
export const providedResourceSchema = resourceInputSchema.extend({
  key: z.string().min(1).max(255),
  location: httpUrl.optional(),
  steps: z.array(z.string().min(1).max(255)).max(100).optional(),
});
