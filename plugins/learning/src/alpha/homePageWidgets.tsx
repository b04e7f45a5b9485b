import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

/**
 * "Learning for you" on the home page: the signed-in user's best
 * suggestions, each with why.
 *
 * @alpha
 */
export const learningForYouHomePageWidget = HomePageWidgetBlueprint.make({
  name: 'for-you',
  params: {
    name: 'LearningForYou',
    title: 'Learning for you',
    description: 'Courses, toolkits and paths for you, each with why',
    components: () =>
      import('../components/HomePageLearningCard').then(m => ({
        Content: () => <m.LearningForYouContent />,
      })),
  },
});
