import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_HAS_MEMBER,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GroupLearners,
  LEARNING_MINIMUM_LEARNERS,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearnerStore } from '../learners';
import { ResourceAuthorizer, ResourceStore, toSummary } from '../resources';
import { fieldError } from '../shared/errors';

/**
 * Aggregates about people are shown only for groups of at least this many
 * learners, so that nobody is singled out, and a resource only with this
 * many of them.
 */
const MINIMUM_LEARNERS = LEARNING_MINIMUM_LEARNERS;

/** The resources a group's card lists. */
const TOP_RESOURCES = 5;

/** Levels of child groups whose members count as the group's. */
const MAX_DEPTH = 10;

/**
 * What the members of a group learn, in aggregate, for the group's page:
 * its members and those of its child groups, as the catalog shows them
 * to the caller, their
 * enrolments counted by state, and the resources most of them learn.
 * Nothing about a group with fewer than `MINIMUM_LEARNERS` learners is
 * told but that, so that nobody is singled out.
 */
export class GroupLearnersService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      learners: LearnerStore;
      store: ResourceStore;
      authorizer: ResourceAuthorizer;
    },
  ) {}

  async get(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<GroupLearners> {
    const { kind } = parseEntityRef(groupRef);
    if (kind.toLocaleLowerCase('en-US') !== 'group') {
      throw fieldError(
        'kind',
        `only groups have learners; ${groupRef} is a ${kind}`,
        'path',
      );
    }
    const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
    const fields = ['kind', 'metadata.namespace', 'metadata.name', 'relations'];
    const {
      items: [group],
    } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: [groupRef], fields },
      { credentials },
    );
    if (!group) {
      throw new NotFoundError(`No group ${groupRef} in the catalog`);
    }
    // the members of the group and of its child groups, as the catalog
    // shows them to the caller, one catalog request per level of the tree
    const members = new Set<string>();
    const seen = new Set([lower(stringifyEntityRef(group))]);
    let level: Array<Entity | undefined> = [group];
    for (let depth = 0; level.length > 0 && depth < MAX_DEPTH; depth++) {
      const children: string[] = [];
      for (const entity of level) {
        for (const { type, targetRef } of entity?.relations ?? []) {
          if (type === RELATION_HAS_MEMBER) {
            members.add(lower(targetRef));
          } else if (
            type === RELATION_PARENT_OF &&
            !seen.has(lower(targetRef))
          ) {
            seen.add(lower(targetRef));
            children.push(targetRef);
          }
        }
      }
      level = children.length
        ? (
            await this.deps.catalog.getEntitiesByRefs(
              { entityRefs: children, fields },
              { credentials },
            )
          ).items
        : [];
    }
    const withheld: GroupLearners = {
      groupRef: lower(stringifyEntityRef(group)),
      memberCount: members.size,
      minimumLearners: MINIMUM_LEARNERS,
      withheld: true,
    };
    if (members.size < MINIMUM_LEARNERS) {
      return withheld;
    }
    const aggregate = await this.deps.learners.aggregateUsers([...members], {
      minimumPerResource: MINIMUM_LEARNERS,
    });
    if (aggregate.learners < MINIMUM_LEARNERS) {
      return withheld;
    }

    // the most learned resources that the caller may read
    const scope = await this.deps.authorizer.readScope(credentials);
    const candidates = aggregate.resources.slice(0, 50);
    const loaded =
      scope.type === 'none'
        ? []
        : await this.deps.store.getResources(candidates.map(c => c.resourceId));
    const byId = new Map(loaded.map(r => [r.id, r]));
    const topResources = candidates
      .flatMap(({ resourceId, learners, completions }) => {
        const resource = byId.get(resourceId);
        return resource && scope.allows(resource)
          ? [{ resource: toSummary(resource), learners, completions }]
          : [];
      })
      .slice(0, TOP_RESOURCES);

    return {
      ...withheld,
      withheld: false,
      learnerCount: aggregate.learners,
      enrolments: {
        enrolled: aggregate.byState.enrolled,
        inProgress: aggregate.byState['in-progress'],
        completed: aggregate.byState.completed,
      },
      topResources,
    };
  }
}
