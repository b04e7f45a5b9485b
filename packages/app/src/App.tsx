import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

// Tech Learning is discovered from package.json (app.packages: all).
export default createApp({
  features: [catalogPlugin, navModule, homeModule],
});
