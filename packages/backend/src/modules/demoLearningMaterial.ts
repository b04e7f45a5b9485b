import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  LearningProvider,
  LearningProviderConnection,
  learningProvidersExtensionPoint,
  ProvidedLearningResource,
} from '@tech-learning/backstage-plugin-learning-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';

/**
 * Delivers the demo company's learning material from a YAML file in the
 * repository, once at start-up.
 */
export class DemoMaterialProvider implements LearningProvider {
  constructor(private readonly file: string) {}

  getProviderName() {
    return 'demo-material';
  }

  async connect(connection: LearningProviderConnection) {
    const text = await fs.readFile(this.file, 'utf8');
    const resources = YAML.parse(text) as ProvidedLearningResource[];
    await connection.applyMutation({ type: 'full', resources });
  }
}

export default createBackendModule({
  pluginId: 'learning',
  moduleId: 'demo-material',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: learningProvidersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ providers, config }) {
        const file = path.resolve(config.getString('demo.learningMaterial'));
        providers.addProvider(new DemoMaterialProvider(file));
      },
    });
  },
});
