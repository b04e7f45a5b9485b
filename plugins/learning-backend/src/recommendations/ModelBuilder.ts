import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createHash } from 'node:crypto';
import {
  buildNeighbours,
  groupLearning,
  MODEL_HISTORY,
  Taken,
} from './cooccurrence';
import { RecommendationStore } from './RecommendationStore';

/** What one build did. */
interface ModelBuild {
  /** Why nothing was built, when nothing was. */
  skipped?: string;
  generation?: number;
  learners: number;
  resources: number;
  pairs: number;
  groupRows: number;
  ms: number;
}

/** Levels of child groups whose members count as a group's. */
const MAX_DEPTH = 10;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Each group's members, with those of its child groups, from the catalog:
 * what a department learns is what its teams learn.
 */
function membersOfGroups(groups: Entity[]): Map<string, Set<string>> {
  const direct = new Map<string, { members: string[]; children: string[] }>();
  for (const group of groups) {
    const relations = group.relations ?? [];
    direct.set(lower(stringifyEntityRef(group)), {
      members: relations
        .filter(r => r.type === RELATION_HAS_MEMBER)
        .map(r => lower(r.targetRef)),
      children: relations
        .filter(r => r.type === RELATION_PARENT_OF)
        .map(r => lower(r.targetRef)),
    });
  }
  const out = new Map<string, Set<string>>();
  for (const ref of direct.keys()) {
    const members = new Set<string>();
    const seen = new Set([ref]);
    let level = [ref];
    for (let depth = 0; level.length > 0 && depth < MAX_DEPTH; depth++) {
      const next: string[] = [];
      for (const g of level) {
        const entry = direct.get(g);
        entry?.members.forEach(m => members.add(m));
        for (const child of entry?.children ?? []) {
          if (!seen.has(child)) {
            seen.add(child);
            next.push(child);
          }
        }
      }
      level = next;
    }
    out.set(ref, members);
  }
  return out;
}

/**
 * Builds the co-occurrence model and what each group learns, from every
 * learner's most recent enrolments and the catalog's groups, for the
 * scheduled task. A build whose inputs have not changed since the last
 * (the enrolments' count and latest change, and the groups' members)
 * costs two reads and writes nothing.
 */
export class ModelBuilder {
  constructor(
    private readonly deps: {
      store: RecommendationStore;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  private async readGroups(): Promise<Entity[]> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const groups: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.catalog.queryEntities(
        cursor
          ? { cursor, limit: 1000 }
          : {
              filter: { kind: 'group' },
              fields: [
                'kind',
                'metadata.namespace',
                'metadata.name',
                'relations',
              ],
              limit: 1000,
            },
        { credentials },
      );
      groups.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return groups;
  }

  async build(): Promise<ModelBuild> {
    const started = Date.now();
    const membersOf = membersOfGroups(await this.readGroups());
    const hash = createHash('sha256');
    for (const [group, members] of [...membersOf].sort((a, b) =>
      a[0] < b[0] ? -1 : 1,
    )) {
      hash.update(`${group}:${[...members].sort().join(',')};`);
    }
    const signature = `${await this.deps.store.enrolmentSignature()}|${hash
      .digest('hex')
      .slice(0, 32)}`;
    const state = await this.deps.store.getModelState();
    if (state?.signature === signature) {
      return {
        skipped: 'no enrolment or group changed since the last build',
        learners: 0,
        resources: 0,
        pairs: 0,
        groupRows: 0,
        ms: Date.now() - started,
      };
    }

    const histories = new Map<string, Taken[]>();
    for await (const batch of this.deps.store.readHistories(MODEL_HISTORY)) {
      batch.forEach((history, userRef) => histories.set(userRef, history));
    }
    let built = { resources: 0, pairs: 0 };
    let groupRows = 0;
    const generation = await this.deps.store.replaceModel(
      signature,
      async sink => {
        built = await buildNeighbours(histories.values(), sink.neighbours);
        const rows = groupLearning(histories, membersOf);
        groupRows = rows.length;
        await sink.groupLearning(rows);
      },
    );
    return {
      generation,
      learners: histories.size,
      ...built,
      groupRows,
      ms: Date.now() - started,
    };
  }
}
