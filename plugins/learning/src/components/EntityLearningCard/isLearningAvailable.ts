import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ApiHolder } from '@backstage/core-plugin-api';
import { learningApiRef } from '../../api';

/**
 * Whether any material or open embed is linked to the entity or its
 * system: for
 * `EntitySwitch.Case if={isLearningAvailable}` in a legacy app's entity
 * page, so that the card and tab show only where there is something to
 * learn. The answer comes from the same summary the card shows (the
 * backend keeps it cached), so asking costs one request.
 *
 * @public
 */
export async function isLearningAvailable(
  entity: Entity,
  context: { apis: ApiHolder },
): Promise<boolean> {
  const learningApi = context.apis.get(learningApiRef);
  if (!learningApi) {
    return false;
  }
  try {
    const summary = await learningApi.getEntitySummary(
      stringifyEntityRef(entity),
    );
    return summary.items.length > 0 || summary.embeds.length > 0;
  } catch {
    return false;
  }
}
