import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { HttpLearningScaffolderApi } from './LearningScaffolderApi';
import { createLearningCreateResourceAction } from './actions/createResource';
import { createLearningLinkAction } from './actions/link';

/**
 * The scaffolder actions of Tech Learning: `learning:create-resource` and
 * `learning:link`. They call the learning backend on behalf of the
 * template's user.
 *
 * @public
 */
export const scaffolderModuleLearning = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'learning',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        userInfo: coreServices.userInfo,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({ scaffolder, auth, discovery, userInfo, config, catalog }) {
        const api = new HttpLearningScaffolderApi(discovery, auth);
        const appBaseUrl = config.getString('app.baseUrl');
        scaffolder.addActions(
          createLearningCreateResourceAction({
            api,
            catalog,
            userInfo,
            appBaseUrl,
          }),
          createLearningLinkAction({ api, catalog }),
        );
      },
    });
  },
});
