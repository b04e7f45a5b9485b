import {
  LearningEnrolment,
  LearningEnrolmentState,
  LearningFeedback,
  LearningRating,
  LearningSession,
  LearningSessionInput,
} from '@tech-learning/backstage-plugin-learning-common';

/** An enrolment as the service decided it, to be stored. */
export interface EnrolmentWrite {
  resourceId: string;
  userRef: string;
  state: LearningEnrolmentState;
  progress: number;
  sessionId?: string;
}

/** What a set of users learn, in aggregate. */
export interface UsersAggregate {
  learners: number;
  byState: Record<LearningEnrolmentState, number>;
  /** Most learners first. */
  resources: Array<{ resourceId: string } & LearnerCounts>;
}

/** Learner counts of one resource. */
export interface LearnerCounts {
  learners: number;
  completions: number;
}

/** What a learner did, as a provider recorded it, for a stored resource. */
export interface LearnerRecord {
  resourceId: string;
  userRef: string;
  state: LearningEnrolmentState;
  progress: number;
  enrolledAt: string;
  updatedAt: string;
  feedback?: { rating: number; comment?: string };
}

/**
 * Persistence of what learners do: enrolments (with seats in sessions),
 * feedback, and the sessions of live courses.
 */
export interface LearnerStore {
  getEnrolment(
    resourceId: string,
    userRef: string,
  ): Promise<LearningEnrolment | undefined>;

  /** The enrolments of the users on the resources. */
  getEnrolmentsOf(
    userRefs: string[],
    resourceIds: string[],
  ): Promise<LearningEnrolment[]>;

  /** Every enrolment of the user, by resource id. */
  getUserEnrolments(userRef: string): Promise<Map<string, LearningEnrolment>>;

  /**
   * Creates or changes an enrolment in one transaction, holding a seat in
   * its session if it names one. Throws a ConflictError when the session
   * is full, a NotFoundError when it is not a session of the resource.
   * Writing what is stored already changes nothing.
   */
  putEnrolment(write: EnrolmentWrite): Promise<LearningEnrolment>;

  /** Returns false when there was no enrolment. */
  deleteEnrolment(resourceId: string, userRef: string): Promise<boolean>;

  /** The user's enrolments, most recently changed first. */
  listUserEnrolments(
    userRef: string,
    options: { state?: LearningEnrolmentState; limit: number; offset: number },
  ): Promise<{ items: LearningEnrolment[]; totalCount: number }>;

  countLearners(resourceIds: string[]): Promise<Map<string, LearnerCounts>>;

  /**
   * What a set of users learn, in aggregate: how many of them have any
   * enrolment, their enrolments by state, and per resource how many of
   * them learn and completed it (resources with fewer than
   * `minimumPerResource` of them left out).
   */
  aggregateUsers(
    userRefs: string[],
    options: { minimumPerResource: number },
  ): Promise<UsersAggregate>;

  getRatings(resourceIds: string[]): Promise<Map<string, LearningRating>>;

  putFeedback(feedback: {
    resourceId: string;
    userRef: string;
    rating: number;
    comment?: string;
  }): Promise<LearningFeedback>;

  deleteFeedback(resourceId: string, userRef: string): Promise<boolean>;

  /**
   * Merges records kept elsewhere, in one transaction: each enrolment and
   * feedback is written only where nothing is stored yet or what is stored
   * is older than the record. Returns how many records wrote something.
   */
  importRecords(
    records: LearnerRecord[],
  ): Promise<{ written: number; unchanged: number }>;

  /** Feedback on a resource, newest first. */
  listFeedback(
    resourceId: string,
    options: { limit: number; offset: number },
  ): Promise<{ items: LearningFeedback[]; totalCount: number }>;

  listSessions(resourceId: string): Promise<LearningSession[]>;

  getSession(
    resourceId: string,
    sessionId: string,
  ): Promise<LearningSession | undefined>;

  createSession(
    resourceId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession>;

  /**
   * Changes a session. Throws a ConflictError when fewer seats than are
   * taken are asked for.
   */
  updateSession(
    resourceId: string,
    sessionId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession | undefined>;

  /** Deleting a session gives its seats back: enrolments keep no session. */
  deleteSession(resourceId: string, sessionId: string): Promise<boolean>;
}
