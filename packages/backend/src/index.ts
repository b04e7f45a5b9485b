/*
 * The demo backend of Tech Learning for Backstage: a real Backstage
 * backend with the learning suite installed the way the README tells a
 * platform team to install it.
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// auth: guest sign-in, resolved to a user of the demo catalog (the demo's
// own module, which lets browser tests sign in as other demo users)
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('./modules/demoGuestSignIn'));

// catalog
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permissions, with the demo's own policy
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/permissionPolicy'));

// techdocs
backend.add(import('@backstage/plugin-techdocs-backend'));

// search
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));
// the demo builds its TechDocs at start, so that search can index them
backend.add(import('./modules/demoTechDocsIndex'));
// learning resources and embeds, each shown only to who may read it
backend.add(
  import('@tech-learning/backstage-plugin-search-backend-module-learning'),
);

// user settings, notifications and signals
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Tech Learning
backend.add(import('@tech-learning/backstage-plugin-learning-backend'));
backend.add(import('./modules/demoLearningMaterial'));
// the catalogue of the demo's "academy" (an LMS), exported as CSV
backend.add(
  import(
    '@tech-learning/backstage-plugin-learning-backend-module-catalogue-export'
  ),
);
// the demo's stand-in for its components' repositories, where their
// learning YAML lives
backend.add(import('./modules/demoFiles'));
// completions from the academy's learning record store, through xAPI (the
// demo starts a real store for it)
backend.add(
  import('@tech-learning/backstage-plugin-learning-backend-module-xapi'),
);
backend.add(import('./modules/demoLrs'));

// the actions of the learning, catalog and search plugins as MCP tools, for
// AI assistants, with the caller's permissions (backend.actions in
// app-config.yaml)
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// the scaffolder, with the suite's actions (learning:create-resource,
// learning:link) for the "New course or toolkit" template
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(
  import('@tech-learning/backstage-plugin-scaffolder-backend-module-learning'),
);

backend.start();
