import {
  LEARNING_MINIMUM_LEARNERS,
  LearningFreshnessState,
  LearningLinkRelation,
  LearningSuggestionReason,
} from '@tech-learning/backstage-plugin-learning-common';
import { GroupLearning, Neighbour, Taken } from './cooccurrence';
import { LearnerProfile, Target, TargetType } from './LearnerProfiles';

/** A link from a resource to an entity of the learner's profile. */
export interface ProfileLink {
  resourceId: string;
  entityRef: string;
  relation: LearningLinkRelation;
}

/** The step after one the learner took, in a path they are taking. */
export interface NextStep {
  pathId: string;
  pathTitle: string;
  resourceId: string;
}

/** Everything suggestions are scored from; all read by index. */
interface SuggestionSignals {
  profile: Pick<LearnerProfile, 'groups' | 'targets' | 'entities'>;
  /** Material linked to the profile's targets. */
  links: ProfileLink[];
  /** The learner's recent enrolments, most recent first, with titles. */
  history: Array<Taken & { title: string }>;
  /** The neighbours of the history's resources. */
  neighbours: Neighbour[];
  /** What the learner's groups learn. */
  groupLearning: GroupLearning[];
  nextSteps: NextStep[];
}

/** A candidate before it is checked against what the learner may read. */
export interface ScoredCandidate {
  resourceId: string;
  score: number;
  reasons: LearningSuggestionReason[];
}

/**
 * What each signal weighs, once each is scaled to at most 1 over the
 * candidates: the ownership graph, co-occurrence, the learner's groups,
 * and the next step of a path they are taking.
 */
const SIGNAL_WEIGHTS = {
  ownership: 0.35,
  cooccurrence: 0.45,
  group: 0.2,
  nextStep: 1,
};

const TARGET_WEIGHTS: Record<TargetType, number> = {
  owned: 1,
  'provided-api': 0.8,
  dependency: 0.6,
  'consumed-api': 0.6,
  system: 0.5,
};

const RELATION_WEIGHTS: Record<LearningLinkRelation, number> = {
  teaches: 1,
  'prerequisite-for': 0.8,
  uses: 0.6,
};

/**
 * What the learner took lately says more about what they take next: the
 * neighbours of each older enrolment weigh this much less.
 */
const RECENCY_DECAY = 0.9;

/** A department's learning weighs this much beside a team's. */
const PARENT_GROUP_WEIGHT = 0.5;

/** Material that may not teach what it says ranks lower. */
export const FRESHNESS_PENALTIES: Record<LearningFreshnessState, number> = {
  broken: 0.3,
  'possibly-outdated': 0.6,
  due: 0.9,
  fresh: 1,
};

/** The reasons a suggestion shows, strongest first. */
const MAX_REASONS = 3;

function targetReason(
  target: Target,
  entities: SuggestionSignals['profile']['entities'],
): LearningSuggestionReason {
  const name = (ref: string) => entities.get(ref)?.name ?? ref;
  const base = { type: target.type, entityRef: target.entityRef };
  const via = target.viaEntityRef;
  if (target.type === 'owned' || !via) {
    return {
      ...base,
      message: `Because your team owns ${name(target.entityRef)}`,
    };
  }
  const what = {
    dependency: `depends on ${name(target.entityRef)}`,
    'consumed-api': `consumes the ${name(target.entityRef)} API`,
    'provided-api': `provides the ${name(target.entityRef)} API`,
    system: `is part of the ${name(target.entityRef)} system`,
  }[target.type];
  return {
    ...base,
    viaEntityRef: via,
    message: `Because ${name(via)}, which your team owns, ${what}`,
  };
}

/** Scores per resource of one signal, with the reason of its best part. */
class Signal {
  readonly scores = new Map<string, number>();
  // the reason is worded only for the candidates that are kept
  private readonly best = new Map<
    string,
    { part: number; reason: () => LearningSuggestionReason }
  >();
  private max = 0;

  add(
    resourceId: string,
    part: number,
    reason: () => LearningSuggestionReason,
  ) {
    const score = (this.scores.get(resourceId) ?? 0) + part;
    this.scores.set(resourceId, score);
    this.max = Math.max(this.max, score);
    const best = this.best.get(resourceId);
    if (!best || part > best.part) {
      this.best.set(resourceId, { part, reason });
    }
  }

  /** The score scaled to at most 1. */
  scaled(resourceId: string): number {
    const score = this.scores.get(resourceId);
    return score === undefined || this.max === 0 ? 0 : score / this.max;
  }

  /** The reason of the score's best part. */
  reason(resourceId: string): LearningSuggestionReason {
    return this.best.get(resourceId)!.reason();
  }
}

/**
 * "Learners who took X also took this", for a neighbour of X. It says
 * "completed" only of someone who completed X, and only when enough
 * learners completed both.
 */
export function alsoTakenReason(
  from: { resourceId: string; title: string },
  neighbour: Neighbour,
  completedFrom: boolean,
): LearningSuggestionReason {
  const completedBoth =
    completedFrom && neighbour.completers >= LEARNING_MINIMUM_LEARNERS;
  return {
    type: 'also-taken',
    resourceId: from.resourceId,
    resourceTitle: from.title,
    learners: completedBoth ? neighbour.completers : neighbour.learners,
    message: completedBoth
      ? `Learners who completed ${from.title} also completed this`
      : `Learners who took ${from.title} also took this`,
  };
}

/**
 * Scores every resource the signals point at, and words the reasons of
 * the best `limit`. Resources of the history are not candidates. Pure: the service and the benchmark's
 * offline evaluation both call it.
 */
export function scoreSuggestions(
  signals: SuggestionSignals,
  limit = Infinity,
): ScoredCandidate[] {
  const { profile } = signals;
  const taken = new Set(signals.history.map(h => h.resourceId));

  const ownership = new Signal();
  const targets = new Map<string, Target>();
  for (const target of profile.targets) {
    const known = targets.get(target.entityRef);
    if (!known || TARGET_WEIGHTS[target.type] > TARGET_WEIGHTS[known.type]) {
      targets.set(target.entityRef, target);
    }
  }
  for (const link of signals.links) {
    const target = targets.get(link.entityRef);
    if (target) {
      ownership.add(
        link.resourceId,
        TARGET_WEIGHTS[target.type] * RELATION_WEIGHTS[link.relation],
        () => targetReason(target, profile.entities),
      );
    }
  }

  const cooccurrence = new Signal();
  const history = new Map(
    signals.history.map((h, position) => [h.resourceId, { ...h, position }]),
  );
  for (const n of signals.neighbours) {
    const from = history.get(n.resourceId);
    if (!from) {
      continue;
    }
    const recency = RECENCY_DECAY ** from.position;
    cooccurrence.add(
      n.otherId,
      recency * (from.completed ? 1 : 0.5) * n.score,
      () => alsoTakenReason(from, n, from.completed),
    );
  }

  const group = new Signal();
  const groups = new Map(profile.groups.map(g => [g.ref, g]));
  for (const row of signals.groupLearning) {
    const g = groups.get(row.groupRef);
    if (!g) {
      continue;
    }
    const weight = g.depth === 0 ? 1 : PARENT_GROUP_WEIGHT;
    group.add(row.resourceId, (weight * row.learners) / row.members, () => ({
      type: 'group',
      entityRef: g.ref,
      learners: row.learners,
      message: `Popular in ${g.name}`,
    }));
  }

  const next = new Signal();
  for (const step of signals.nextSteps) {
    next.add(step.resourceId, 1, () => ({
      type: 'next-step',
      resourceId: step.pathId,
      resourceTitle: step.pathTitle,
      message: `The next step of ${step.pathTitle}, which you are taking`,
    }));
  }

  const ids = new Set([
    ...ownership.scores.keys(),
    ...cooccurrence.scores.keys(),
    ...group.scores.keys(),
    ...next.scores.keys(),
  ]);
  const weighed: Array<[Signal, number]> = [
    [next, SIGNAL_WEIGHTS.nextStep],
    [cooccurrence, SIGNAL_WEIGHTS.cooccurrence],
    [ownership, SIGNAL_WEIGHTS.ownership],
    [group, SIGNAL_WEIGHTS.group],
  ];
  const scored: Array<{ resourceId: string; score: number }> = [];
  for (const resourceId of ids) {
    if (!taken.has(resourceId)) {
      let score = 0;
      for (const [signal, weight] of weighed) {
        score += signal.scaled(resourceId) * weight;
      }
      scored.push({ resourceId, score });
    }
  }
  scored.sort(
    (a, b) => b.score - a.score || (a.resourceId < b.resourceId ? -1 : 1),
  );
  return scored.slice(0, limit).map(({ resourceId, score }) => ({
    resourceId,
    score,
    reasons: weighed
      .map(([signal, weight]) => ({
        signal,
        value: signal.scaled(resourceId) * weight,
      }))
      .filter(p => p.value > 0)
      .sort((a, b) => b.value - a.value)
      .slice(0, MAX_REASONS)
      .map(p => p.signal.reason(resourceId)),
  }));
}
