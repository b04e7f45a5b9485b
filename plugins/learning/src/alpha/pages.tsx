import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import SchoolIcon from '@material-ui/icons/School';
import { rootRouteRef } from '../routes';

/** @alpha */
export const learningPage = PageBlueprint.make({
  params: {
    path: '/learning',
    title: 'Learning',
    icon: <SchoolIcon fontSize="inherit" />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/LearningPage').then(m =>
        compatWrapper(<m.LearningPage />),
      ),
  },
});
