import {
  ProvidedLearningEmbed,
  ProvidedLearningResource,
} from '@tech-learning/backstage-plugin-learning-node';
import { z } from 'zod';
import { providedEmbedSchema } from '../embeds';
import { providedResourceSchema } from '../resources';
import { describeIssues } from '../shared/validation';

/**
 * Splits what a provider delivered into the valid items (normalised) and a
 * message per invalid one, which is left out of the sync rather than
 * failing the provider's whole delivery.
 */
function validateEach<T>(
  schema: z.ZodType<T>,
  items: unknown[],
  noun: string,
): { valid: T[]; errors: string[] } {
  const valid: T[] = [];
  const errors: string[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      valid.push(result.data);
    } else {
      const key = (item as { key?: unknown })?.key;
      const name = typeof key === 'string' ? `'${key}'` : `#${index}`;
      errors.push(
        `${noun} ${name} is invalid: ${describeIssues(result.error)}`,
      );
    }
  });
  return { valid, errors };
}

/** A provider's embeds, validated. */
export function validateProvidedEmbeds(embeds: unknown[]): {
  valid: ProvidedLearningEmbed[];
  errors: string[];
} {
  return validateEach(providedEmbedSchema, embeds, 'embed');
}

/**
 * A provider's resources, validated; a path is left out with a step that
 * is.
 */
export function validateProvidedResources(resources: unknown[]): {
  valid: ProvidedLearningResource[];
  errors: string[];
} {
  const { valid, errors } = validateEach(
    providedResourceSchema,
    resources,
    'resource',
  );
  // A path whose step was left out would fail the whole sync; leave the
  // path out too (and so on, for paths of paths), and say why.
  let kept = valid;
  for (;;) {
    const keys = new Set(kept.map(r => r.key));
    const next = kept.filter(r => {
      const missing = (r.steps ?? []).filter(s => !keys.has(s));
      if (missing.length) {
        errors.push(
          `resource '${r.key}' is left out: its steps ${missing.join(
            ', ',
          )} are not delivered or invalid`,
        );
        return false;
      }
      return true;
    });
    if (next.length === kept.length) break;
    kept = next;
  }
  return { valid: kept, errors };
}
