import { compatWrapper } from '@backstage/core-compat-api';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TechDocsAddonLocations } from '@backstage/plugin-techdocs-react';
import { AddonBlueprint } from '@backstage/plugin-techdocs-react/alpha';
import { LearningDocsAddon } from '../components/LearningDocsAddon';

/**
 * The TechDocs addon that shows, beside an entity's docs, the material that
 * teaches it and its SMEs.
 *
 * @alpha
 */
export const learningDocsAddon = AddonBlueprint.make({
  name: 'learning',
  params: {
    name: 'LearningDocsAddon',
    location: TechDocsAddonLocations.SecondarySidebar,
    component: () => compatWrapper(<LearningDocsAddon />),
  },
});

/**
 * A module of the TechDocs plugin with the learning addon; add it to the
 * app's features beside the learning plugin.
 *
 * @alpha
 */
export const learningTechDocsModule = createFrontendModule({
  pluginId: 'techdocs',
  extensions: [learningDocsAddon],
});
