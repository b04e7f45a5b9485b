import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';
import { describeIssues, providedResourceSchema } from './validation';

/**
 * Splits what a provider delivered into valid resources (normalised) and
 * a message per invalid one. An invalid resource is left out of the sync
 * rather than failing the provider's whole delivery.
 */
export function validateProvidedResources(resources: unknown[]): {
  valid: ProvidedLearningResource[];
  errors: string[];
} {
  const valid: ProvidedLearningResource[] = [];
  const errors: string[] = [];
  resources.forEach((resource, index) => {
    const result = providedResourceSchema.safeParse(resource);
    if (result.success) {
      valid.push(result.data);
    } else {
      const key = (resource as { key?: unknown })?.key;
      const name = typeof key === 'string' ? `'${key}'` : `#${index}`;
      errors.push(
        `resource ${name} is invalid: ${describeIssues(result.error)}`,
      );
    }
  });
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
