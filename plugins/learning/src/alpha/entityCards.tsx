import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { z } from 'zod';
import { learningEntityFilter } from './entityPredicates';

/** @alpha */
export const entityLearningCard = EntityCardBlueprint.makeWithOverrides({
  configSchema: {
    maxItems: z.number().int().min(1).max(50).default(5),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      type: 'content',
      filter: learningEntityFilter,
      loader: () =>
        import('../components/EntityLearningCard').then(m =>
          compatWrapper(<m.EntityLearningCard maxItems={config.maxItems} />),
        ),
    });
  },
});
