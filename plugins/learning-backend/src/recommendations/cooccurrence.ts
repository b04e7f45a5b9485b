/**
 * Item-to-item collaborative filtering over what learners took: for each
 * resource, the resources the same learners took, scored by the cosine of
 * the two resources' learner vectors (so that material everyone takes does
 * not win everything), and counted only where enough distinct learners
 * took both that no pair tells what one person did.
 *
 * Pure functions, so that the scheduled task and the offline evaluation of
 * the benchmark run the same code.
 */

import { LEARNING_MINIMUM_LEARNERS } from '@tech-learning/backstage-plugin-learning-common';

/** Pairs taken by fewer distinct learners than this are never counted. */
const MINIMUM_CO_LEARNERS = LEARNING_MINIMUM_LEARNERS;

/** What an enrolment weighs beside a completion. */
const ENROLMENT_WEIGHT = 0.5;

/**
 * Each learner's most recent enrolments that the model reads (on the
 * benchmark's data, 100 found fewer pairs and 500 more noise; see
 * docs/benchmarks.md).
 */
export const MODEL_HISTORY = 200;

/** The neighbours kept per resource, best first. */
const MAX_NEIGHBOURS = 50;

/** One learner's enrolment, as the model reads it. */
export interface Taken {
  resourceId: string;
  completed: boolean;
}

/** A resource taken by the same learners as another. */
export interface Neighbour {
  resourceId: string;
  otherId: string;
  score: number;
  /** Distinct learners who took both. */
  learners: number;
  /** Distinct learners who completed both. */
  completers: number;
}

const weightOf = (completed: boolean) => (completed ? 1 : ENROLMENT_WEIGHT);

/**
 * Builds the neighbours of every resource from learners' histories (each
 * at most `MODEL_HISTORY` long). Resources are counted one at a time, from
 * an index of who took each, so that memory holds the histories and one
 * resource's counts, never all pairs; `emit` receives the neighbours in
 * batches.
 */
export async function buildNeighbours(
  histories: Iterable<Taken[]>,
  emit: (neighbours: Neighbour[]) => Promise<void>,
  options: { batchSize?: number } = {},
): Promise<{ resources: number; pairs: number }> {
  // resources as numbers, and each history as numbers and weights
  const index = new Map<string, number>();
  const ids: string[] = [];
  const compact: Array<{ items: Int32Array; weights: Float64Array }> = [];
  for (const history of histories) {
    const items = new Int32Array(history.length);
    const weights = new Float64Array(history.length);
    history.forEach(({ resourceId, completed }, i) => {
      let n = index.get(resourceId);
      if (n === undefined) {
        n = ids.length;
        index.set(resourceId, n);
        ids.push(resourceId);
      }
      items[i] = n;
      weights[i] = weightOf(completed);
    });
    compact.push({ items, weights });
  }
  // who took each resource: the numbers of their histories
  const takenBy: number[][] = ids.map(() => []);
  const norms = new Float64Array(ids.length);
  compact.forEach(({ items, weights }, h) => {
    items.forEach((item, i) => {
      takenBy[item].push(h);
      norms[item] += weights[i] * weights[i];
    });
  });

  const sums = new Float64Array(ids.length);
  const learners = new Int32Array(ids.length);
  const completers = new Int32Array(ids.length);
  const batchSize = options.batchSize ?? 5000;
  let batch: Neighbour[] = [];
  let pairs = 0;
  for (let item = 0; item < ids.length; item++) {
    if (takenBy[item].length < MINIMUM_CO_LEARNERS) {
      continue; // no other resource can reach the threshold with it
    }
    const touched: number[] = [];
    for (const h of takenBy[item]) {
      const { items, weights } = compact[h];
      const own = weights[items.indexOf(item)];
      for (let b = 0; b < items.length; b++) {
        const other = items[b];
        if (other === item) {
          continue;
        }
        if (learners[other] === 0) {
          touched.push(other);
        }
        sums[other] += own * weights[b];
        learners[other] += 1;
        if (own === 1 && weights[b] === 1) {
          completers[other] += 1;
        }
      }
    }
    const neighbours: Neighbour[] = [];
    for (const other of touched) {
      if (learners[other] >= MINIMUM_CO_LEARNERS) {
        neighbours.push({
          resourceId: ids[item],
          otherId: ids[other],
          score: sums[other] / Math.sqrt(norms[item] * norms[other]),
          learners: learners[other],
          completers: completers[other],
        });
      }
      sums[other] = 0;
      learners[other] = 0;
      completers[other] = 0;
    }
    neighbours.sort(
      (x, y) => y.score - x.score || (x.otherId < y.otherId ? -1 : 1),
    );
    const kept = neighbours.slice(0, MAX_NEIGHBOURS);
    pairs += kept.length;
    batch.push(...kept);
    if (batch.length >= batchSize) {
      await emit(batch);
      batch = [];
    }
  }
  if (batch.length > 0) {
    await emit(batch);
  }
  return { resources: ids.length, pairs };
}

/** What a group's members took lately: resources taken by 5 or more. */
export interface GroupLearning {
  groupRef: string;
  resourceId: string;
  learners: number;
  /** Those of the learners who have not completed it yet. */
  taking: number;
  members: number;
}

/** The resources kept per group, most taken first. */
const MAX_GROUP_RESOURCES = 50;

/**
 * What each group's members (with those of its child groups) took, from
 * the same histories: resources that `MINIMUM_CO_LEARNERS` or more of
 * them took, and only for groups of that many members.
 */
export function groupLearning(
  histories: Map<string, Taken[]>,
  membersOf: Map<string, Set<string>>,
): GroupLearning[] {
  const out: GroupLearning[] = [];
  for (const [groupRef, members] of membersOf) {
    if (members.size < MINIMUM_CO_LEARNERS) {
      continue;
    }
    const counts = new Map<string, number>();
    const taking = new Map<string, number>();
    for (const member of members) {
      for (const { resourceId, completed } of histories.get(member) ?? []) {
        counts.set(resourceId, (counts.get(resourceId) ?? 0) + 1);
        if (!completed) {
          taking.set(resourceId, (taking.get(resourceId) ?? 0) + 1);
        }
      }
    }
    const kept = [...counts]
      .filter(([, learners]) => learners >= MINIMUM_CO_LEARNERS)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, MAX_GROUP_RESOURCES);
    for (const [resourceId, learners] of kept) {
      out.push({
        groupRef,
        resourceId,
        learners,
        taking: taking.get(resourceId) ?? 0,
        members: members.size,
      });
    }
  }
  return out;
}
