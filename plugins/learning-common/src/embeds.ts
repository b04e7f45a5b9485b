import { LearningLink, LearningSource } from './types';

/**
 * Where an embed stands: `open` for applications, `filled` when every seat
 * is taken by an accepted application (withdrawing one reopens it), and
 * `closed` by its hosts.
 *
 * @public
 */
export const LEARNING_EMBED_STATUSES = ['open', 'filled', 'closed'] as const;

/** @public */
export type LearningEmbedStatus = (typeof LEARNING_EMBED_STATUSES)[number];

/**
 * Where an application to an embed stands.
 *
 * @public
 */
export const LEARNING_APPLICATION_STATES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
] as const;

/** @public */
export type LearningApplicationState =
  (typeof LEARNING_APPLICATION_STATES)[number];

/**
 * What a host team writes to post an embed: a short stint (typically 2 to
 * 8 weeks) inside the team, to learn its stack.
 *
 * @public
 */
export interface LearningEmbedInput {
  title: string;
  summary: string;
  /** Markdown. */
  description?: string;
  /** The hosting group, a full group ref. */
  host: string;
  /** The entities the embed works on. */
  links?: LearningLink[];
  skillsWanted?: string[];
  skillsTaught?: string[];
  /** The first day, `YYYY-MM-DD`; absent when the start is flexible. */
  startsOn?: string;
  durationWeeks: number;
  seats: number;
  location?: string;
  remote?: boolean;
  /** How to reach the hosts: an e-mail address, a chat channel. */
  contact?: string;
}

/** @public */
export interface LearningEmbed {
  id: string;
  title: string;
  summary: string;
  description?: string;
  host: string;
  links: LearningLink[];
  skillsWanted: string[];
  skillsTaught: string[];
  startsOn?: string;
  durationWeeks: number;
  seats: number;
  /** Seats taken by accepted applications. */
  seatsTaken: number;
  location?: string;
  remote: boolean;
  contact?: string;
  status: LearningEmbedStatus;
  /**
   * Posted through the API (`api`), or delivered by a provider, which owns
   * its definition: then it changes only at its source.
   */
  source: LearningSource;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
}

/** @public */
export interface LearningEmbedApplication {
  id: string;
  embedId: string;
  applicantRef: string;
  state: LearningApplicationState;
  message?: string;
  decidedBy?: string;
  decidedAt?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A change to an embed: the given fields replace the current ones, and
 * null clears an optional one. Its host does not change.
 *
 * @public
 */
export type LearningEmbedPatch = Partial<
  Omit<
    LearningEmbedInput,
    'host' | 'description' | 'startsOn' | 'location' | 'contact'
  >
> & {
  description?: string | null;
  startsOn?: string | null;
  location?: string | null;
  contact?: string | null;
};

/** @public */
export interface LearningEmbedPage {
  items: LearningEmbed[];
  totalCount: number;
  nextCursor?: string;
}

/**
 * An accepted or declined application, with the embed after the decision.
 *
 * @public
 */
export interface LearningDecision {
  application: LearningEmbedApplication;
  embed: LearningEmbed;
}

/**
 * An application of the signed-in user, with its embed.
 *
 * @public
 */
export interface MyApplication {
  embed: LearningEmbed;
  application: LearningEmbedApplication;
}
