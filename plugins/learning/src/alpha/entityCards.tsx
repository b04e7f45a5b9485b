import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { z } from 'zod';
import { learningEntityFilter } from './entityPredicates';

/** @alpha */
export const entityLearningCard = EntityCardBlueprint.makeWithOverrides({
  configSchema: {
    maxItems: z.number().int().min(1).max(50).default(5),
    showWhenEmpty: z.boolean().default(false),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      type: 'content',
      filter: learningEntityFilter,
      loader: () =>
        import('../components/EntityLearningCard').then(m =>
          compatWrapper(
            <m.EntityLearningCard
              maxItems={config.maxItems}
              showWhenEmpty={config.showWhenEmpty}
            />,
          ),
        ),
    });
  },
});

/** @alpha */
export const entityUserLearningCard = EntityCardBlueprint.make({
  name: 'user',
  params: {
    type: 'content',
    filter: { kind: 'user' },
    loader: () =>
      import('../components/EntityPeopleCards').then(m =>
        compatWrapper(<m.EntityUserLearningCard />),
      ),
  },
});

/** @alpha */
export const entityGroupLearningCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    type: 'content',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/EntityPeopleCards').then(m =>
        compatWrapper(<m.EntityGroupLearningCard />),
      ),
  },
});
