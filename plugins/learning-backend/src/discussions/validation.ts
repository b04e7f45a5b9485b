import {
  LEARNING_POST_KINDS,
  LearningPostInput,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { bodyOf } from '../shared/validation';
import { unsafeLink } from './postBody';

/** The longest post, in characters. */
const MAX_POST_LENGTH = 20_000;

const body = z
  .string()
  .max(MAX_POST_LENGTH, `must be at most ${MAX_POST_LENGTH} characters`)
  .refine(value => value.trim().length > 0, { message: 'must not be empty' })
  .superRefine((value, ctx) => {
    const link = unsafeLink(value);
    if (link !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `links may be http, https or mailto only: ${link.slice(
          0,
          60,
        )} is refused`,
      });
    }
  });

/** A new post. */
export const postInputSchema = bodyOf<LearningPostInput>()(
  z
    .object({
      kind: z.enum(LEARNING_POST_KINDS),
      body,
      parentId: z
        .string()
        .regex(/^\d{1,15}$/, 'must be the id of a post')
        .optional(),
    })
    .strict(),
);

/** An edit of a post. */
export const postEditSchema = z.object({ body }).strict();

/** Why a post is hidden. */
export const hideInputSchema = z
  .object({ reason: z.string().trim().min(1, 'say why').max(500) })
  .strict();
