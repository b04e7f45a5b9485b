/*
 * The offline quality of suggestions (`yarn bench --only=quality`, see
 * docs/benchmarks.md): on the benchmark's data set, each learner's most
 * recent completion is held out, the model is built from the rest with the
 * scheduled task's own functions, and each learner's suggestions are ranked
 * by the service's own code (`RecommendationService.rankFor`) over
 * in-memory copies of what its store reads. Precision@5, recall@10 and the
 * catalogue coverage of the top 10 are computed the same way for a
 * popularity baseline (the most taken material the learner has not taken)
 * and a random one.
 */
'use strict';

const path = require('node:path');
// the backend's TypeScript, as the backend itself runs it
require(require.resolve('@backstage/cli-node/config/nodeTransform.cjs'));

const {
  SIZES,
  DEPENDENCIES,
  groupRef,
  userRef,
  linkTarget,
  ownedTargets,
  random,
  writeLearningRows,
} = require('./dataset');

const SRC = path.resolve(
  __dirname,
  '../../plugins/learning-backend/src/recommendations',
);
const {
  buildNeighbours,
  groupLearning,
  MODEL_HISTORY,
} = require(`${SRC}/cooccurrence`);
const { RecommendationService } = require(`${SRC}/RecommendationService`);

/** The rows of the data set that suggestions are made from. */
async function readDataSet() {
  const resources = new Map();
  const linksByRef = new Map();
  const enrolments = new Map();
  await writeLearningRows(async (table, rows) => {
    for (const row of rows) {
      if (table === 'learning_resources') {
        resources.set(row.id, {
          kind: row.kind,
          title: row.title,
          reviewDueAt: Date.parse(row.review_due_at),
        });
      } else if (table === 'learning_resource_links') {
        const list = linksByRef.get(row.entity_ref) ?? [];
        list.push({
          resourceId: row.resource_id,
          entityRef: row.entity_ref,
          relation: row.relation,
        });
        linksByRef.set(row.entity_ref, list);
      } else if (table === 'learning_enrolments') {
        const list = enrolments.get(row.user_ref) ?? [];
        list.push({
          resourceId: row.resource_id,
          completed: row.state === 'completed',
          updatedAt: row.updated_at,
        });
        enrolments.set(row.user_ref, list);
      }
    }
  });
  // most recent first, as the store reads them
  for (const list of enrolments.values()) {
    list.sort((a, b) =>
      a.updatedAt === b.updatedAt
        ? a.resourceId < b.resourceId
          ? -1
          : 1
        : a.updatedAt < b.updatedAt
        ? 1
        : -1,
    );
  }
  return { resources, linksByRef, enrolments };
}

/** A bench user's profile, as LearnerProfiles reads it from the catalog. */
function profileOf(u) {
  const team = u % SIZES.groups;
  const entity = index => {
    const ref = linkTarget(index);
    const name = ref.split('/')[1];
    return {
      ref,
      name,
      kind: ref.split(':')[0],
      type: index < SIZES.components ? 'service' : undefined,
      tags: [],
    };
  };
  const owned = ownedTargets(team)
    .map(entity)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const entities = new Map(owned.map(e => [e.ref, e]));
  const targets = owned.map(e => ({ entityRef: e.ref, type: 'owned' }));
  const related = new Map();
  for (const c of ownedTargets(team).filter(t => t < SIZES.components)) {
    for (const d of DEPENDENCIES[c]) {
      const dependency = entity(d);
      if (!entities.has(dependency.ref) && !related.has(dependency.ref)) {
        related.set(dependency.ref, {
          entityRef: dependency.ref,
          type: 'dependency',
          viaEntityRef: linkTarget(c),
        });
        entities.set(dependency.ref, dependency);
      }
    }
  }
  return {
    userRef: userRef(u),
    groups: [{ ref: groupRef(team), name: `bench-team-${team}`, depth: 0 }],
    targets: [...targets, ...related.values()],
    entities,
  };
}

/** Hits of one learner's list: in its top 5, and in its top 10. */
function score(list, heldOut) {
  const at = list.indexOf(heldOut);
  return { top5: at >= 0 && at < 5 ? 1 : 0, top10: at >= 0 && at < 10 ? 1 : 0 };
}

function summary(name, lists, heldOut) {
  let top5 = 0;
  let top10 = 0;
  const shown = new Set();
  for (const [user, list] of lists) {
    const hit = score(list, heldOut.get(user));
    top5 += hit.top5;
    top10 += hit.top10;
    list.slice(0, 10).forEach(id => shown.add(id));
  }
  const n = lists.size;
  return {
    name,
    learners: n,
    hitsAt5: top5,
    hitsAt10: top10,
    precisionAt5: Number((top5 / 5 / n).toFixed(4)),
    recallAt10: Number((top10 / n).toFixed(4)),
    coverageAt10: Number((shown.size / SIZES.resources).toFixed(4)),
    emptyLists: [...lists.values()].filter(l => l.length === 0).length,
  };
}

async function evaluateQuality(log = () => {}) {
  const started = Date.now();
  const { resources, linksByRef, enrolments } = await readDataSet();
  log(
    `quality: data set read in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  // each learner's latest completion is held out of everything else
  const heldOut = new Map();
  const training = new Map();
  for (const [user, list] of enrolments) {
    const latest = list.find(e => e.completed);
    const held =
      latest && user.startsWith('user:default/bench-user-')
        ? latest
        : undefined;
    if (held) {
      heldOut.set(user, held.resourceId);
    }
    training.set(
      user,
      list.filter(e => e !== held),
    );
  }

  // the model, as the scheduled task builds it
  const modelStarted = Date.now();
  const recent = new Map(
    [...training].map(([user, list]) => [user, list.slice(0, MODEL_HISTORY)]),
  );
  const neighbours = new Map();
  const built = await buildNeighbours(recent.values(), async batch => {
    for (const n of batch) {
      const list = neighbours.get(n.resourceId) ?? [];
      list.push(n);
      neighbours.set(n.resourceId, list);
    }
  });
  const membersOf = new Map();
  for (let u = 0; u < SIZES.users; u++) {
    const team = groupRef(u % SIZES.groups);
    const members = membersOf.get(team) ?? new Set();
    members.add(userRef(u));
    membersOf.set(team, members);
  }
  const groupRows = groupLearning(recent, membersOf);
  const modelSeconds = (Date.now() - modelStarted) / 1000;
  log(
    `quality: model of ${built.pairs} pairs over ${
      built.resources
    } resources and ${
      groupRows.length
    } group rows built in ${modelSeconds.toFixed(1)} s`,
  );

  // what the service's store reads, from the training data
  const takenBy = new Map(
    [...training].map(([user, list]) => [
      user,
      new Set(list.map(e => e.resourceId)),
    ]),
  );
  const now = Date.now();
  const store = {
    async recentHistory(user, limit) {
      return (training.get(user) ?? []).slice(0, limit).map(e => ({
        resourceId: e.resourceId,
        completed: e.completed,
        title: resources.get(e.resourceId).title,
      }));
    },
    // the data set's paths are steps drawn at random: no path is followed
    async getNextSteps() {
      return [];
    },
    async getLinks(refs, limit) {
      return refs.flatMap(ref => linksByRef.get(ref) ?? []).slice(0, limit);
    },
    async getNeighbours(ids) {
      return ids.flatMap(id => neighbours.get(id) ?? []);
    },
    async getGroupLearning(refs) {
      const wanted = new Set(refs);
      return groupRows.filter(row => wanted.has(row.groupRef));
    },
    async eligible(ids, { userRef: user }) {
      const taken = takenBy.get(user) ?? new Set();
      return ids
        .filter(id => !taken.has(id))
        .map(id => ({
          resourceId: id,
          kind: resources.get(id).kind,
          freshness: resources.get(id).reviewDueAt <= now ? 'due' : 'fresh',
        }));
    },
  };
  const service = new RecommendationService({
    store,
    authorizer: {
      readScope: async () => ({ type: 'all', allows: () => true }),
    },
    profiles: {
      get: async user =>
        profileOf(Number(user.slice('user:default/bench-user-'.length))),
    },
  });

  const suggested = new Map();
  const rankStarted = Date.now();
  for (const user of heldOut.keys()) {
    const { ranked } = await service.rankFor({
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef: user },
    });
    suggested.set(
      user,
      ranked.slice(0, 10).map(r => r.id),
    );
  }
  const msPerLearner = (Date.now() - rankStarted) / heldOut.size;

  // most taken first, over all training enrolments
  const counts = new Map();
  for (const list of training.values()) {
    for (const e of list) {
      counts.set(e.resourceId, (counts.get(e.resourceId) ?? 0) + 1);
    }
  }
  const byPopularity = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
  const ids = [...resources.keys()];
  const r = random(4242);
  const popular = new Map();
  const randomly = new Map();
  for (const user of heldOut.keys()) {
    const taken = takenBy.get(user);
    const top = [];
    for (const id of byPopularity) {
      if (top.length === 10) {
        break;
      }
      if (!taken.has(id)) {
        top.push(id);
      }
    }
    popular.set(user, top);
    const drawn = new Set();
    while (drawn.size < 10) {
      const id = r.pick(ids);
      if (!taken.has(id)) {
        drawn.add(id);
      }
    }
    randomly.set(user, [...drawn]);
  }

  const results = [
    summary('suggestions', suggested, heldOut),
    summary('popularity baseline', popular, heldOut),
    summary('random baseline', randomly, heldOut),
  ];
  const [ours, popularity] = results;
  const ratio = popularity.precisionAt5
    ? Number((ours.precisionAt5 / popularity.precisionAt5).toFixed(2))
    : null;
  return {
    heldOut: 'each learner’s most recent completion',
    learners: heldOut.size,
    model: {
      pairs: built.pairs,
      resources: built.resources,
      groupRows: groupRows.length,
      seconds: Number(modelSeconds.toFixed(1)),
    },
    msPerLearner: Number(msPerLearner.toFixed(1)),
    results,
    precisionAt5RatioToPopularity: ratio,
  };
}

module.exports = { evaluateQuality };
