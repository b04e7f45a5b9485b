import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { learningTechDocsModule } from '@tech-learning/backstage-plugin-learning/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

// Tech Learning is discovered from package.json (app.packages: all); its
// TechDocs addon is a module of the TechDocs plugin, added here.
export default createApp({
  features: [catalogPlugin, navModule, homeModule, learningTechDocsModule],
});
