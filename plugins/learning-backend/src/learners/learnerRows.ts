import {
  LearningEnrolment,
  LearningEnrolmentState,
  LearningFeedback,
  LearningSession,
} from '@tech-learning/backstage-plugin-learning-common';
import { toIsoTimestamp } from '../shared/timestamps';

/*
 * The rows of the learner tables, and how they map to what the API says.
 */

type Timestamp = string | Date;

export interface EnrolmentRow {
  resource_id: string;
  user_ref: string;
  state: LearningEnrolmentState;
  progress: number;
  session_id: string | null;
  enrolled_at: Timestamp;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface FeedbackRow {
  resource_id: string;
  user_ref: string;
  rating: number;
  comment: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type LearnerKey = Pick<EnrolmentRow, 'resource_id' | 'user_ref'>;

/**
 * The enrolment row a write leads to, stamped at `at`. Times once set are
 * kept: when the learner enrolled, started and completed.
 */
export function enrolmentRow(
  key: LearnerKey,
  current: EnrolmentRow | undefined,
  write: {
    state: LearningEnrolmentState;
    progress: number;
    sessionId: string | null;
    at: string;
    /** When a new enrolment began. */
    enrolledAt: string;
    /** When it started, if this write starts it. */
    startedAt: string;
  },
): EnrolmentRow {
  return {
    ...key,
    state: write.state,
    progress: write.progress,
    session_id: write.sessionId,
    enrolled_at: current
      ? toIsoTimestamp(current.enrolled_at)
      : write.enrolledAt,
    started_at:
      (current?.started_at && toIsoTimestamp(current.started_at)) ||
      (write.state === 'enrolled' ? null : write.startedAt),
    completed_at:
      write.state === 'completed'
        ? (current?.completed_at && toIsoTimestamp(current.completed_at)) ||
          write.at
        : null,
    updated_at: write.at,
  };
}

/** The feedback row a write leads to, stamped at `at`. */
export function feedbackRow(
  key: LearnerKey,
  current: FeedbackRow | undefined,
  write: { rating: number; comment?: string; at: string },
): FeedbackRow {
  return {
    ...key,
    rating: write.rating,
    comment: write.comment ?? null,
    created_at: current ? toIsoTimestamp(current.created_at) : write.at,
    updated_at: write.at,
  };
}

export interface SessionRow {
  id: string;
  resource_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  seats: number;
  location: string | null;
  url: string | null;
}

export function toEnrolment(row: EnrolmentRow): LearningEnrolment {
  return {
    resourceId: row.resource_id,
    userRef: row.user_ref,
    state: row.state,
    progress: row.progress,
    ...(row.session_id ? { sessionId: row.session_id } : {}),
    enrolledAt: toIsoTimestamp(row.enrolled_at),
    ...(row.started_at ? { startedAt: toIsoTimestamp(row.started_at) } : {}),
    ...(row.completed_at
      ? { completedAt: toIsoTimestamp(row.completed_at) }
      : {}),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

export function toFeedback(row: FeedbackRow): LearningFeedback {
  return {
    resourceId: row.resource_id,
    userRef: row.user_ref,
    rating: row.rating,
    ...(row.comment ? { comment: row.comment } : {}),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

export function toSession(
  row: SessionRow,
  seatsTaken: number,
): LearningSession {
  return {
    id: row.id,
    resourceId: row.resource_id,
    startsAt: toIsoTimestamp(row.starts_at),
    endsAt: toIsoTimestamp(row.ends_at),
    seats: row.seats,
    seatsTaken,
    ...(row.location ? { location: row.location } : {}),
    ...(row.url ? { url: row.url } : {}),
  };
}
