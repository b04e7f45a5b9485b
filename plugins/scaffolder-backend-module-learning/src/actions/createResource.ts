import { UserInfoService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_RESOURCE_KINDS,
  LearningResourceInput,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearningScaffolderApi } from '../LearningScaffolderApi';
import { createResourceExamples } from './examples';
import { asUser, fullRef, requireVisible } from './refs';

/**
 * `learning:create-resource`: registers a course, toolkit or learning path
 * with the learning backend as the template's user. The owner must be the
 * user or one of their groups, and every ref an entity they can see; both
 * are checked before anything is written. In a dry run it checks and
 * writes nothing.
 */
export function createLearningCreateResourceAction(options: {
  api: LearningScaffolderApi;
  catalog: CatalogService;
  userInfo: UserInfoService;
  appBaseUrl: string;
}) {
  const { api, catalog, userInfo, appBaseUrl } = options;
  return createTemplateAction({
    id: 'learning:create-resource',
    description:
      'Registers a course, toolkit or learning path with Tech Learning, as the template user: the owner must be the user or one of their groups, and the user must be allowed to create learning material. Outputs the new resource id and its page.',
    examples: createResourceExamples,
    supportsDryRun: true,
    schema: {
      input: {
        kind: z =>
          z
            .enum(LEARNING_RESOURCE_KINDS)
            .describe('course, toolkit or path (a learning path)'),
        title: z => z.string().trim().min(1).max(200).describe('The title'),
        summary: z =>
          z
            .string()
            .trim()
            .min(1)
            .max(500)
            .describe('One or two sentences, shown in lists'),
        description: z =>
          z.string().max(50_000).optional().describe('Markdown'),
        format: z => z.enum(LEARNING_FORMATS).describe('How it is delivered'),
        level: z => z.enum(LEARNING_LEVELS).describe('Who it is for'),
        durationMinutes: z =>
          z.number().int().min(1).max(100_000).optional().describe('Minutes'),
        tags: z =>
          z
            .array(z.string().min(1).max(64))
            .max(20)
            .optional()
            .describe('Lower-case tags'),
        urls: z =>
          z
            .array(
              z.object({
                url: z.string().url(),
                title: z.string().max(200).optional(),
              }),
            )
            .max(10)
            .optional()
            .describe('Where the material is (http or https)'),
        owner: z =>
          z
            .string()
            .min(1)
            .max(255)
            .describe(
              'Its owner: the template user or one of their groups (group:default/payments)',
            ),
        smes: z =>
          z
            .array(z.string().min(1).max(255))
            .max(20)
            .optional()
            .describe('Its subject-matter experts, catalog users'),
        docs: z =>
          z
            .array(
              z.object({
                entityRef: z.string().min(1).max(255),
                path: z.string().max(500).optional(),
                title: z.string().max(200).optional(),
              }),
            )
            .max(20)
            .optional()
            .describe('TechDocs pages it points to'),
        reviewIntervalDays: z =>
          z
            .number()
            .int()
            .min(1)
            .max(3650)
            .optional()
            .describe('Days between reviews'),
        checkOnly: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Only check the owner and the refs, and register nothing: for templates that register the material through a pull request of its YAML instead',
            ),
      },
      output: {
        resourceId: z => z.string().optional().describe('The new resource id'),
        resourceUrl: z =>
          z.string().optional().describe('Its page in Backstage'),
        owner: z => z.string().describe('Its owner, as a full ref'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const credentials = asUser(await ctx.getInitiatorCredentials());

      const owner = fullRef('owner', input.owner, 'group');
      const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
      if (!ownershipEntityRefs.includes(owner)) {
        throw new InputError(
          `owner: ${owner} is not you or one of your groups (${ownershipEntityRefs.join(
            ', ',
          )}); choose one of those`,
        );
      }
      const smes = (input.smes ?? []).map(s => fullRef('smes', s, 'user'));
      const notUsers = smes.filter(s => !s.startsWith('user:'));
      if (notUsers.length > 0) {
        throw new InputError(`smes: not users: ${notUsers.join(', ')}`);
      }
      const docs = (input.docs ?? []).map(d => ({
        ...d,
        entityRef: fullRef('docs', d.entityRef, 'component'),
      }));
      await requireVisible(
        catalog,
        [
          { field: 'owner', ref: owner },
          ...smes.map(ref => ({ field: 'smes', ref })),
          ...docs.map(d => ({ field: 'docs', ref: d.entityRef })),
        ],
        credentials,
      );

      const resource: LearningResourceInput = {
        kind: input.kind,
        title: input.title,
        summary: input.summary,
        description: input.description,
        format: input.format,
        level: input.level,
        durationMinutes: input.durationMinutes,
        tags: input.tags,
        urls: input.urls,
        owner,
        smes,
        docs,
        reviewIntervalDays: input.reviewIntervalDays,
      };

      if (input.checkOnly) {
        ctx.logger.info(
          `Checked: ${owner} may own "${input.title}"; registered nothing`,
        );
        ctx.output('owner', owner);
        return;
      }
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create the ${input.kind} "${input.title}" owned by ${owner}`,
        );
        ctx.output('resourceId', 'dry-run');
        ctx.output('resourceUrl', `${appBaseUrl}/learning`);
        ctx.output('owner', owner);
        return;
      }

      // once per task: a task resumed after a restart does not create twice
      const id = await ctx.checkpoint({
        key: `learning-create-resource-${ctx.step?.id ?? 'resource'}`,
        fn: async () => (await api.createResource(resource, credentials)).id,
      });
      ctx.logger.info(`Created the ${input.kind} "${input.title}" (${id})`);
      ctx.output('resourceId', id);
      ctx.output('resourceUrl', `${appBaseUrl}/learning/resources/${id}`);
      ctx.output('owner', owner);
    },
  });
}
