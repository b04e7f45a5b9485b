import type {
  LearningApiComponents,
  LearningEmbedInput,
  LearningEmbedPatch,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { bodyOf, entityRef, httpUrl, linksSchema } from '../shared/validation';

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
export const embedInputSchema = bodyOf<LearningEmbedInput>()(
  z
    .object({
      title: z.string().trim().min(1).max(200),
      summary: z.string().trim().min(1).max(500),
      description: z.string().max(50_000).optional(),
      host: entityRef(['group']),
      links: linksSchema.optional(),
      skillsWanted: skills.optional(),
      skillsTaught: skills.optional(),
      startsOn: day.optional(),
      durationWeeks: z.number().int().min(1).max(52),
      seats: z.number().int().min(1).max(100),
      location: z.string().trim().min(1).max(255).optional(),
      remote: z.boolean().optional(),
      contact: z.string().trim().min(1).max(255).optional(),
    })
    .strict(),
);

/**
 * A change to an embed: any field but its host; null clears an optional
 * one.
 */
export const embedPatchSchema = bodyOf<LearningEmbedPatch>()(
  embedInputSchema
    .omit({ host: true })
    .extend({
      description: embedInputSchema.shape.description.unwrap().nullable(),
      startsOn: day.nullable(),
      location: embedInputSchema.shape.location.unwrap().nullable(),
      contact: embedInputSchema.shape.contact.unwrap().nullable(),
    })
    .partial()
    .strict(),
);

export const applicationInputSchema = bodyOf<
  LearningApiComponents['schemas']['LearningApplicationInput']
>()(z.object({ message: z.string().trim().max(2000).optional() }).strict());

export const decisionSchema = bodyOf<
  LearningApiComponents['schemas']['LearningDecisionInput']
>()(z.object({ decision: z.enum(['accepted', 'declined']) }).strict());

/** An embed as a provider delivers it. */
export const providedEmbedSchema = embedInputSchema.extend({
  key: z.string().min(1).max(255),
  sourceLocation: httpUrl.optional(),
});
