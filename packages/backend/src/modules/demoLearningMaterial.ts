import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  LearningProvider,
  LearningProviderConnection,
  learningProvidersExtensionPoint,
  ProvidedLearnerRecord,
  ProvidedLearningEmbed,
  ProvidedLearningResource,
} from '@tech-learning/backstage-plugin-learning-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';

/**
 * Delivers the demo company's learning material, what its engineers did
 * with it (as an LMS would) and its teams' embeds, from YAML files in the
 * repository, once at start-up.
 */
export class DemoMaterialProvider implements LearningProvider {
  constructor(
    private readonly files: {
      material: string;
      learnerRecords?: string;
      embeds?: string;
    },
  ) {}

  getProviderName() {
    return 'demo-material';
  }

  async connect(connection: LearningProviderConnection) {
    const read = async (file: string) =>
      YAML.parse(await fs.readFile(file, 'utf8'));
    const resources: ProvidedLearningResource[] = await read(
      this.files.material,
    );
    const learnerRecords: ProvidedLearnerRecord[] = this.files.learnerRecords
      ? await read(this.files.learnerRecords)
      : [];
    const embeds: ProvidedLearningEmbed[] = this.files.embeds
      ? await read(this.files.embeds)
      : [];
    await connection.applyMutation({
      type: 'full',
      resources,
      learnerRecords,
      embeds,
    });
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
        const optionalPath = (key: string) => {
          const value = config.getOptionalString(key);
          return value && path.resolve(value);
        };
        providers.addProvider(
          new DemoMaterialProvider({
            material: path.resolve(config.getString('demo.learningMaterial')),
            learnerRecords: optionalPath('demo.learnerRecords'),
            embeds: optionalPath('demo.learningEmbeds'),
          }),
        );
      },
    });
  },
});
