import { compatWrapper } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { learningEntityFilter } from './entityPredicates';

/** @alpha */
export const entityLearningContent = EntityContentBlueprint.make({
  params: {
    path: '/learning',
    title: 'Learning',
    filter: learningEntityFilter,
    loader: () =>
      import('../components/EntityLearningContent').then(m =>
        compatWrapper(<m.EntityLearningContent />),
      ),
  },
});
