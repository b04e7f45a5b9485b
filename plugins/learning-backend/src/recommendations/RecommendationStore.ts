import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { LearningFreshnessState } from '@tech-learning/backstage-plugin-learning-common';
import { ResourcePermissionQuery } from '../resources';
import { GroupLearning, Neighbour, Taken } from './cooccurrence';
import { NextStep, ProfileLink } from './scoreSuggestions';

/** The model requests read, as the last build left it. */
export interface ModelState {
  generation: number;
  signature: string;
  builtAt: string;
}

/** A candidate the learner may read and has not taken or dismissed. */
export interface EligibleCandidate {
  resourceId: string;
  kind: string;
  freshness: LearningFreshnessState;
}

/** Material about an entity or a tag, with who teaches it. */
export interface TeachingMaterial {
  resourceId: string;
  title: string;
  ownerRef: string;
  smes: string[];
  completions: number;
}

/**
 * Persistence of personalisation: the co-occurrence model the task builds,
 * what requests read of it, dismissals and settings.
 */
export interface RecommendationStore {
  /** What the model would be built from; equal means nothing changed. */
  enrolmentSignature(): Promise<string>;
  getModelState(): Promise<ModelState | undefined>;
  /** Each learner's most recent enrolments, `perUser` at most, a batch of learners at a time. */
  readHistories(perUser: number): AsyncIterable<Map<string, Taken[]>>;
  /**
   * Writes a model as a new generation and makes it the one read; the
   * generation before stays until the next build, for requests reading it.
   */
  replaceModel(
    signature: string,
    write: (sink: {
      neighbours(rows: Neighbour[]): Promise<void>;
      groupLearning(rows: GroupLearning[]): Promise<void>;
    }) => Promise<void>,
  ): Promise<number>;

  recentHistory(
    userRef: string,
    limit: number,
  ): Promise<Array<Taken & { title: string }>>;
  getNeighbours(resourceIds: string[]): Promise<Neighbour[]>;
  getGroupLearning(groupRefs: string[]): Promise<GroupLearning[]>;
  getNextSteps(userRef: string): Promise<NextStep[]>;
  getLinks(entityRefs: string[], limit: number): Promise<ProfileLink[]>;
  /** Material linked to the resource's entities, most shared entities first. */
  getSameEntityMaterial(
    resourceId: string,
    limit: number,
  ): Promise<Array<{ resourceId: string; shared: number; entityRef: string }>>;
  /** Paths the resource is a step of, with the step after it. */
  getPathNextSteps(resourceId: string): Promise<NextStep[]>;

  /**
   * Those of the ids the user may read (by `permission`) and has neither
   * enrolled in nor dismissed (without `userRef`: all readable ones).
   */
  eligible(
    ids: string[],
    options: {
      userRef?: string;
      permission?: PermissionCriteria<ResourcePermissionQuery>;
    },
  ): Promise<EligibleCandidate[]>;

  dismiss(userRef: string, resourceId: string): Promise<void>;
  undoDismissal(userRef: string, resourceId: string): Promise<void>;

  getShareExpertise(userRef: string): Promise<boolean>;
  setShareExpertise(userRef: string, share: boolean): Promise<void>;

  /** Material linked to an entity, or tagged, most completed first. */
  teachingMaterial(
    about: { entityRef: string } | { tag: string },
    options: {
      limit: number;
      permission?: PermissionCriteria<ResourcePermissionQuery>;
    },
  ): Promise<TeachingMaterial[]>;
  /** Learners who completed any of the resources and share their expertise. */
  sharingCompleters(
    resourceIds: string[],
    limit: number,
  ): Promise<Array<{ userRef: string; resourceIds: string[] }>>;
  /** Tags and linked entities of the material a user completed or is SME of. */
  learnedMaterial(userRef: string): Promise<
    Array<{
      resourceId: string;
      title: string;
      as: 'completed' | 'sme';
      tags: string[];
      entityRefs: string[];
    }>
  >;
}
