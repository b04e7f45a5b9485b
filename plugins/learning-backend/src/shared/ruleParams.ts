import { z } from 'zod';

/** The parameters of rules that match refs the user claims. */
export const claimsSchema = z.object({
  claims: z
    .array(z.string())
    .describe(
      'Entity refs to match, usually the ownership refs of the user (userInfo.ownershipEntityRefs)',
    ),
});

/** Refs as the store keeps them: lower case. */
export const normalise = (refs: string[]) =>
  refs.map(ref => ref.toLocaleLowerCase('en-US'));
