import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError } from '@backstage/errors';
import { normalizeFullEntityRef } from '@tech-learning/backstage-plugin-learning-common';
import { InputError } from '@backstage/errors';

/** What the actions call: the same services as the HTTP routes. */
interface LearningActionServices {
  summary(
    entityRef: string,
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<string>;
  findLearning(
    query: {
      q?: string;
      kind?: 'course' | 'toolkit' | 'path';
      entityRef?: string;
      limit: number;
    },
    credentials: BackstageCredentials,
  ): Promise<unknown>;
  experts(
    about: { entityRef: string } | { tag: string },
    credentials: BackstageCredentials,
  ): Promise<unknown>;
  openEmbeds(
    query: { entityRef?: string; skill?: string; limit: number },
    credentials: BackstageCredentials,
  ): Promise<unknown>;
  myLearning(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<unknown>;
  enrol(
    resourceId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<unknown>;
  markReviewed(
    resourceId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<unknown>;
}

/** A full entity ref from an action's input, or an input error. */
function entityRefOf(value: string): string {
  try {
    return normalizeFullEntityRef(value);
  } catch (e) {
    throw new InputError(
      `entityRef: ${
        (e as Error).message
      }; give a full ref such as component:default/payments-api`,
    );
  }
}

/** The caller as a user, for actions that act as one. */
function asUser(
  credentials: BackstageCredentials,
): BackstageCredentials<BackstageUserPrincipal> {
  if ((credentials.principal as { type?: string }).type !== 'user') {
    throw new NotAllowedError('This action acts as a signed-in user');
  }
  return credentials as BackstageCredentials<BackstageUserPrincipal>;
}

/** The input of the actions on one resource. */
const resourceIdInput = (z: typeof import('zod/v3').z) =>
  z.object({
    resourceId: z.string().min(1).max(64).describe('The resource id'),
  });

const json = (value: unknown) =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/**
 * The learning plugin's actions in Backstage's actions registry, for AI
 * assistants through MCP: each calls the service its HTTP route calls,
 * with the caller's credentials, so the same permission decisions apply.
 */
export function createLearningActions(
  registry: ActionsRegistryService,
  services: LearningActionServices,
): void {
  registry.register({
    name: 'get-entity-learning',
    title: 'Get what teaches a catalog entity',
    description: `What teaches a catalog entity (a component, API, system...): the courses, toolkits and learning paths linked to it and to its system, with format, level, duration, freshness and rating; their subject-matter experts (SMEs, catalog users); the TechDocs they point to; and open embeds (short stints in the owning team). Use it when someone asks how to learn a service or who knows it. The entity is a full ref such as component:default/payments-api.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Full entity ref, kind:namespace/name'),
        }),
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input, credentials }) => {
      const userRef = (credentials.principal as Partial<BackstageUserPrincipal>)
        .userEntityRef;
      const summary = await services.summary(
        entityRefOf(input.entityRef),
        credentials,
        userRef,
      );
      return { output: JSON.parse(summary) };
    },
  });

  registry.register({
    name: 'find-learning',
    title: 'Search learning material',
    description: `Full-text search over the learning material the caller may read (titles, tags, summaries, descriptions; stemmed, best match first). Words must all match; "a phrase" in quotes matches in order; -word excludes. Optionally only one kind (course, toolkit, path) or only material linked to one catalog entity. Answers up to \`limit\` resources with their ids, for get-entity-learning or enrol.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          query: z.string().max(200).optional().describe('What to look for'),
          kind: z.enum(['course', 'toolkit', 'path']).optional(),
          entityRef: z
            .string()
            .optional()
            .describe('Only material linked to this entity (full ref)'),
          limit: z.number().int().min(1).max(50).default(10),
        }),
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input, credentials }) => ({
      output: json(
        await services.findLearning(
          {
            q: input.query,
            kind: input.kind,
            entityRef: input.entityRef
              ? entityRefOf(input.entityRef)
              : undefined,
            limit: input.limit,
          },
          credentials,
        ),
      ),
    }),
  });

  registry.register({
    name: 'who-can-teach',
    title: 'Find who can teach an entity or topic',
    description: `Who can teach a catalog entity or a tag (a topic such as "kafka"): the SMEs and owners of the material that teaches it, the entity's owners, and learners who completed it and chose to be named, each with why. Give entityRef (full ref) or tag, not both.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().optional(),
          tag: z.string().max(64).optional(),
        }),
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input, credentials }) => {
      if (Boolean(input.entityRef) === Boolean(input.tag)) {
        throw new InputError('Give entityRef or tag, not both and not neither');
      }
      const about = input.entityRef
        ? { entityRef: entityRefOf(input.entityRef) }
        : { tag: input.tag! };
      return { output: json(await services.experts(about, credentials)) };
    },
  });

  registry.register({
    name: 'list-open-embeds',
    title: 'List open embeds',
    description: `Open embeds: short, intentional stints (2 to 8 weeks) in which an engineer works inside another team to learn its stack, with the host group, the entities it works on, skills, start date, duration and seats left. Optionally only those working on one entity (full ref) or with one skill.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().optional(),
          skill: z.string().max(64).optional(),
          limit: z.number().int().min(1).max(50).default(10),
        }),
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input, credentials }) => ({
      output: json(
        await services.openEmbeds(
          {
            entityRef: input.entityRef
              ? entityRefOf(input.entityRef)
              : undefined,
            skill: input.skill,
            limit: input.limit,
          },
          credentials,
        ),
      ),
    }),
  });

  registry.register({
    name: 'get-my-learning',
    title: 'Get my learning',
    description: `The signed-in user's own learning: what they enrolled in, are doing (with progress) and completed, newest first.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z => z.object({}).passthrough(),
    },
    action: async ({ credentials }) => ({
      output: json(await services.myLearning(asUser(credentials))),
    }),
  });

  registry.register({
    name: 'enrol',
    title: 'Enrol in learning material',
    description: `Enrols the signed-in user in a resource (by its id, from find-learning or get-entity-learning). Idempotent: enrolling again changes nothing and answers the enrolment as it is. Refused when the caller may not read or enrol in it.`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: resourceIdInput,
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input, credentials }) => ({
      output: json(await services.enrol(input.resourceId, asUser(credentials))),
    }),
  });

  registry.register({
    name: 'mark-reviewed',
    title: 'Mark learning material reviewed',
    description: `Marks a resource reviewed by the signed-in user (one of its owners or SMEs): its review date becomes today and the freshness check's "possibly outdated" or "broken" flags are cleared until something changes again. Refused for anyone else.`,
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: resourceIdInput,
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input, credentials }) => ({
      output: json(
        await services.markReviewed(input.resourceId, asUser(credentials)),
      ),
    }),
  });
}
