import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { LEARNING_LINK_RELATIONS } from '@tech-learning/backstage-plugin-learning-common';
import { LearningScaffolderApi, LinkOutcome } from '../LearningScaffolderApi';
import { linkExamples } from './examples';
import { asUser, fullRef, requireVisible } from './refs';

/**
 * `learning:link`: links a learning resource to the entities it teaches,
 * as the template's user. Where the user does not own an entity, the link
 * is suggested to its owners, as it is in the learning UI. Every ref is
 * checked before the first link is made; a dry run only checks.
 */
export function createLearningLinkAction(options: {
  api: LearningScaffolderApi;
  catalog: CatalogService;
}) {
  const { api, catalog } = options;
  return createTemplateAction({
    id: 'learning:link',
    description:
      'Links a Tech Learning resource to catalog entities, as the template user. Links to entities the user does not own become suggestions that the entities\u2019 owners accept or dismiss.',
    examples: linkExamples,
    supportsDryRun: true,
    schema: {
      input: {
        resourceId: z =>
          z
            .string()
            .min(1)
            .max(64)
            .describe('The resource, as learning:create-resource outputs it'),
        entityRefs: z =>
          z
            .array(z.string().min(1).max(255))
            .min(1)
            .max(50)
            .describe('The entities, as full refs (component:default/x)'),
        relation: z =>
          z
            .enum(LEARNING_LINK_RELATIONS)
            .default('teaches')
            .describe('teaches (default), uses or prerequisite-for'),
        checkOnly: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Only check that the entities exist and are visible to the user, and link nothing',
            ),
      },
      output: {
        linked: z =>
          z.array(z.string()).describe('Entities now linked (or already were)'),
        suggested: z =>
          z
            .array(z.string())
            .describe('Entities whose owners were asked to accept the link'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const credentials = asUser(await ctx.getInitiatorCredentials());
      const relation = input.relation ?? 'teaches';
      const refs = [
        ...new Set(input.entityRefs.map(r => fullRef('entityRefs', r))),
      ];
      await requireVisible(
        catalog,
        refs.map(ref => ({ field: 'entityRefs', ref })),
        credentials,
      );

      if (input.checkOnly) {
        ctx.logger.info(`Checked: ${refs.join(', ')}; linked nothing`);
        ctx.output('linked', []);
        ctx.output('suggested', []);
        return;
      }
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would link ${input.resourceId} to ${refs.join(', ')}`,
        );
        ctx.output('linked', refs);
        ctx.output('suggested', []);
        return;
      }

      const outcomes: Record<string, LinkOutcome> = {};
      for (const entityRef of refs) {
        outcomes[entityRef] = await ctx.checkpoint({
          key: `learning-link-${input.resourceId}-${entityRef}-${relation}`,
          fn: () =>
            api.addLink(input.resourceId, { entityRef, relation }, credentials),
        });
        ctx.logger.info(
          outcomes[entityRef] === 'suggested'
            ? `Suggested the link to ${entityRef} to its owners`
            : `Linked to ${entityRef}`,
        );
      }
      ctx.output(
        'linked',
        refs.filter(r => outcomes[r] !== 'suggested'),
      );
      ctx.output(
        'suggested',
        refs.filter(r => outcomes[r] === 'suggested'),
      );
    },
  });
}
