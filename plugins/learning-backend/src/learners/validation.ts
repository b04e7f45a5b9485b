import type {
  LearningEnrolmentInput,
  LearningFeedbackInput,
  LearningSessionInput,
} from '@tech-learning/backstage-plugin-learning-common';
import { LEARNING_ENROLMENT_STATES } from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { bodyOf, entityRef, httpUrl } from '../shared/validation';

export const enrolmentInputSchema = bodyOf<LearningEnrolmentInput>()(
  z
    .object({
      state: z.enum(LEARNING_ENROLMENT_STATES).optional(),
      progress: z.number().int().min(0).max(100).optional(),
      sessionId: z.string().min(1).max(64).nullable().optional(),
    })
    .strict(),
);

export const feedbackInputSchema = bodyOf<LearningFeedbackInput>()(
  z
    .object({
      rating: z.number().int().min(1).max(5),
      comment: z.string().trim().max(2000).optional(),
    })
    .strict(),
);

export const sessionInputSchema = bodyOf<LearningSessionInput>()(
  z
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
    }),
);

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

/** A statement id as a provider's store gives it (an xAPI id is a UUID). */
export const statementIdSchema = z.string().min(1).max(255);

/** A statement about a learner as a provider delivers it. */
export const providedLearnerStatementSchema = z
  .object({
    id: statementIdSchema,
    userRef: entityRef(['user']),
    resource: z.union([
      z.object({ id: z.string().min(1).max(64) }).strict(),
      z.object({ activityId: z.string().min(1).max(2048) }).strict(),
    ]),
    state: z.enum(['in-progress', 'completed']),
    progress: z.number().min(0).max(100).optional(),
    timestamp: z.iso.datetime({ offset: true }),
  })
  .strict();
