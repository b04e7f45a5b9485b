import {
  LearningCohortInput,
  LearningCohortPatch,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { bodyOf, entityRef } from '../shared/validation';
import { dayOf } from './schedule';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
  .refine(
    value => {
      const time = Date.parse(`${value}T00:00:00Z`);
      // Date.parse takes 2027-02-30 for 2027-03-02
      return !Number.isNaN(time) && dayOf(new Date(time)) === value;
    },
    { message: 'must be a day of the calendar' },
  );

const title = z.string().trim().max(120);

/** A new cohort; the service checks what needs the material and the day. */
export const cohortInputSchema = bodyOf<LearningCohortInput>()(
  z
    .object({
      title: title.optional(),
      startsOn: day,
      capacity: z.number().int().min(2).max(500),
      parts: z.number().int().min(1).max(52).optional(),
      facilitator: entityRef(['user']).optional(),
      join: z.boolean().optional(),
    })
    .strict(),
);

/** A change of a cohort. */
export const cohortPatchSchema = bodyOf<LearningCohortPatch>()(
  z
    .object({
      title: title.optional(),
      startsOn: day.optional(),
      capacity: z.number().int().min(2).max(500).optional(),
      facilitator: entityRef(['user']).optional(),
    })
    .strict(),
);
