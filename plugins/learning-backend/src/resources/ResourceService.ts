import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  LearningLink,
  LearningLinkRelation,
  LearningLinkSuggestion,
  LearningResource,
  learningResourceDeletePermission,
  learningResourceUpdatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { EntityRefChecker, FieldRef } from '../shared/EntityRefChecker';
import { ListSort, PageRequest } from '../shared/cursor';
import { assertNotProviderOwned } from '../shared/providerOwned';
import { parseInput } from '../shared/validation';
import { ResourceAuthorizer } from './ResourceAuthorizer';
import { SuggestedLinkService } from './SuggestedLinkService';
import {
  ResourceFilter,
  ResourcePage,
  ResourceStore,
  StoredResourceFields,
} from './ResourceStore';
import {
  linkSchema,
  resourceInputSchema,
  resourcePatchSchema,
  smeSchema,
} from './validation';
import { fieldError } from '../shared/errors';

const createSchema = resourceInputSchema.strict();

/** The refs of a resource's fields that must be in the catalog. */
function refsOf(fields: StoredResourceFields & { links?: LearningLink[] }) {
  const refs: FieldRef[] = [{ field: 'owner', ref: fields.owner }];
  (fields.smes ?? []).forEach((ref, i) =>
    refs.push({ field: `smes.${i}`, ref }),
  );
  (fields.docs ?? []).forEach((doc, i) =>
    refs.push({ field: `docs.${i}.entityRef`, ref: doc.entityRef }),
  );
  (fields.links ?? []).forEach((link, i) =>
    refs.push({ field: `links.${i}.entityRef`, ref: link.entityRef }),
  );
  return refs;
}

/** The fields of a stored resource, as an author would set them. */
function fieldsOf(resource: LearningResource): StoredResourceFields {
  return {
    kind: resource.kind,
    title: resource.title,
    summary: resource.summary,
    description: resource.description,
    format: resource.format,
    level: resource.level,
    durationMinutes: resource.durationMinutes,
    language: resource.language,
    tags: resource.tags,
    urls: resource.urls,
    owner: resource.owner,
    smes: resource.smes,
    docs: resource.docs,
    steps: resource.steps,
    reviewedAt: resource.reviewedAt,
    reviewIntervalDays: resource.reviewIntervalDays,
  };
}

/**
 * The rules of reading and writing learning resources: validation, catalog
 * checks, permissions, and the read-only status of provider-owned material.
 */
export class ResourceService {
  constructor(
    private readonly deps: {
      store: ResourceStore;
      authorizer: ResourceAuthorizer;
      refs: EntityRefChecker;
      suggestions: SuggestedLinkService;
    },
  ) {}

  async list(
    filter: Omit<ResourceFilter, 'permission'>,
    page: PageRequest<ListSort>,
    credentials: BackstageCredentials,
  ): Promise<ResourcePage> {
    return this.deps.authorizer.listReadable(
      credentials,
      permission =>
        this.deps.store.listResources(
          permission ? { ...filter, permission } : filter,
          page,
        ),
      { items: [], totalCount: 0 },
    );
  }

  /** A resource the caller may read, or a NotFoundError. */
  async get(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    return this.deps.authorizer.getReadable(
      this.deps.store.getResource(id),
      credentials,
      `No learning resource with id ${id}`,
    );
  }

  async create(
    body: unknown,
    credentials: BackstageCredentials,
    createdBy?: string,
  ): Promise<LearningResource> {
    const input = parseInput(createSchema, body);
    await this.deps.authorizer.assertMayCreate(credentials);
    await this.checkSteps(input);
    await this.deps.refs.assertVisible(refsOf(input), credentials);

    // Nobody may create what they could not manage afterwards.
    const prospective: LearningResource = {
      id: '',
      ...input,
      language: input.language ?? 'en',
      tags: input.tags ?? [],
      urls: input.urls ?? [],
      smes: input.smes ?? [],
      docs: input.docs ?? [],
      links: input.links ?? [],
      steps: input.steps ?? [],
      freshness: { state: 'fresh' },
      stats: { learners: 0, completions: 0, rating: { count: 0 } },
      source: { type: 'api' },
      createdAt: '',
      updatedAt: '',
    };
    if (
      !(await this.deps.authorizer.isAllowed(
        learningResourceUpdatePermission,
        prospective,
        credentials,
      ))
    ) {
      throw new NotAllowedError(
        'You could not change this resource once created: make yourself, or a group you belong to, its owner, or yourself one of its SMEs',
      );
    }
    const plan = await this.deps.suggestions.plan(
      prospective,
      input.links ?? [],
      credentials,
      { field: 'links', userRef: createdBy },
    );
    const created = await this.deps.store.createResource(
      { ...input, links: plan.direct },
      createdBy,
      plan.suggested,
    );
    await this.deps.suggestions.notified(plan.suggested, created);
    return created;
  }

  async update(
    id: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    const patch = parseInput(resourcePatchSchema, body);
    const current = await this.getWritable(
      id,
      learningResourceUpdatePermission,
      credentials,
    );
    const fields: StoredResourceFields = { ...fieldsOf(current) };
    for (const [key, value] of Object.entries(patch)) {
      // null clears an optional field
      (fields as Record<string, unknown>)[key] = value ?? undefined;
    }
    await this.checkSteps({ ...fields, id });
    const changedRefs = refsOf({
      ...fields,
      owner: patch.owner ?? '',
      smes: patch.smes,
      docs: patch.docs,
    }).filter(r => r.ref !== '');
    await this.deps.refs.assertVisible(changedRefs, credentials);
    const updated = await this.deps.store.updateResource(id, fields);
    if (!updated) {
      throw new NotFoundError(`No learning resource with id ${id}`);
    }
    return updated;
  }

  async delete(id: string, credentials: BackstageCredentials): Promise<void> {
    await this.getWritable(id, learningResourceDeletePermission, credentials);
    await this.deps.store.deleteResource(id);
  }

  /**
   * Links the resource to an entity: made now (`linked`, with whether it is
   * new), or suggested to the entity's owners.
   */
  async addLink(
    id: string,
    body: unknown,
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<
    | { type: 'linked'; created: boolean; resource: LearningResource }
    | { type: 'suggested'; suggestion: LearningLinkSuggestion }
  > {
    const link = parseInput(linkSchema, body);
    const resource = await this.get(id, credentials);
    const plan = await this.deps.suggestions.plan(
      resource,
      [link],
      credentials,
      { userRef },
    );
    assertNotProviderOwned(`Learning resource ${resource.id}`, resource);
    await this.deps.refs.assertVisible(
      [{ field: 'entityRef', ref: link.entityRef }],
      credentials,
    );
    if (plan.suggested.length > 0) {
      const { suggestion } = await this.deps.suggestions.suggest(
        resource,
        plan.suggested[0],
        credentials,
      );
      if (suggestion) {
        return { type: 'suggested', suggestion };
      }
      // an owner linked it meanwhile
      return { type: 'linked', created: false, resource };
    }
    const created = await this.deps.store.addLink(id, link);
    return {
      type: 'linked',
      created,
      resource: (await this.deps.store.getResource(id))!,
    };
  }

  async removeLink(
    id: string,
    entityRef: string,
    relation: LearningLinkRelation | undefined,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const resource = await this.get(id, credentials);
    await this.deps.suggestions.assertMayLink(
      resource,
      [entityRef],
      credentials,
    );
    assertNotProviderOwned(`Learning resource ${resource.id}`, resource);
    const removed = await this.deps.store.removeLinks(id, entityRef, relation);
    if (removed === 0) {
      throw new NotFoundError(
        `Learning resource ${id} is not linked to ${entityRef}${
          relation ? ` with the relation ${relation}` : ''
        }`,
      );
    }
  }

  async addSme(
    id: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<{ created: boolean; resource: LearningResource }> {
    const { userRef } = parseInput(smeSchema, body);
    await this.getWritable(id, learningResourceUpdatePermission, credentials);
    await this.deps.refs.assertVisible(
      [{ field: 'userRef', ref: userRef }],
      credentials,
    );
    const created = await this.deps.store.addSme(id, userRef);
    return { created, resource: (await this.deps.store.getResource(id))! };
  }

  async removeSme(
    id: string,
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.getWritable(id, learningResourceUpdatePermission, credentials);
    if (!(await this.deps.store.removeSme(id, userRef))) {
      throw new NotFoundError(`${userRef} is not an SME of ${id}`);
    }
  }

  /** Paths have existing, non-path steps; other kinds have none. */
  private async checkSteps(input: {
    id?: string;
    kind: string;
    steps?: string[];
  }): Promise<void> {
    const steps = input.steps ?? [];
    if (input.kind !== 'path') {
      if (steps.length > 0) {
        throw fieldError('steps', `only a path has steps, not a ${input.kind}`);
      }
      return;
    }
    const kinds = await this.deps.store.getResourceKinds(steps);
    steps.forEach((step, i) => {
      const kind = kinds.get(step);
      if (!kind) {
        throw fieldError(`steps.${i}`, `no learning resource with id ${step}`);
      }
      if (kind === 'path' || step === input.id) {
        throw fieldError(
          `steps.${i}`,
          `${step} is a path; a path's steps are courses and toolkits`,
        );
      }
    });
    if (new Set(steps).size !== steps.length) {
      throw fieldError('steps', 'a resource appears twice');
    }
  }

  /** A resource the caller holds the permission on, not provider-owned. */
  private async getWritable(
    id: string,
    permission:
      | typeof learningResourceUpdatePermission
      | typeof learningResourceDeletePermission,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    const resource = await this.get(id, credentials);
    await this.deps.authorizer.assertAllowed(permission, resource, credentials);
    assertNotProviderOwned(`Learning resource ${resource.id}`, resource);
    return resource;
  }
}
