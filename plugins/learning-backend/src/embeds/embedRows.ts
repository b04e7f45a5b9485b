import {
  LearningApplicationState,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningEmbedStatus,
  LearningLinkRelation,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { SourceColumns, sourceOf } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';

/*
 * The rows of the embed tables, and how they map to what the API says.
 */

type Timestamp = string | Date;

export interface EmbedRow extends SourceColumns {
  id: string;
  title: string;
  summary: string;
  description: string | null;
  host_ref: string;
  starts_on: string | null;
  duration_weeks: number;
  seats: number;
  seats_taken: number;
  location: string | null;
  remote: boolean | number;
  contact: string | null;
  status: LearningEmbedStatus;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  source_key: string | null;
  source_hash: string | null;
}

export interface ApplicationRow {
  id: string;
  embed_id: string;
  applicant_ref: string;
  state: LearningApplicationState;
  message: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type Direction = 'wanted' | 'taught';

/** The status an embed that is not closed has with these seats. */
export function statusOf(
  row: Pick<EmbedRow, 'status' | 'seats' | 'seats_taken'>,
) {
  if (row.status === 'closed') {
    return 'closed';
  }
  return row.seats_taken >= row.seats ? 'filled' : 'open';
}

/** Sets an embed's taken seats and the status that follows from them. */
export async function setSeatsTaken(
  tx: Knex.Transaction,
  embed: Pick<EmbedRow, 'id' | 'status' | 'seats'>,
  seatsTaken: number,
) {
  await tx('learning_embeds')
    .where({ id: embed.id })
    .update({
      seats_taken: seatsTaken,
      status: statusOf({ ...embed, seats_taken: seatsTaken }),
      updated_at: new Date().toISOString(),
    });
}

export const unique = (values: string[] = []) => [...new Set(values)];

export function toApplication(row: ApplicationRow): LearningEmbedApplication {
  return {
    id: row.id,
    embedId: row.embed_id,
    applicantRef: row.applicant_ref,
    state: row.state,
    ...(row.message ? { message: row.message } : {}),
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
    ...(row.decided_at ? { decidedAt: toIsoTimestamp(row.decided_at) } : {}),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

/** The columns of an embed that its poster or provider defines. */
export function definitionOf(input: Omit<LearningEmbedInput, 'host'>) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description ?? null,
    starts_on: input.startsOn ?? null,
    duration_weeks: input.durationWeeks,
    seats: input.seats,
    location: input.location ?? null,
    remote: input.remote ?? false,
    contact: input.contact ?? null,
  };
}

/** A row of `learning_embed_links`. */
export type EmbedLinkRow = {
  embed_id: string;
  entity_ref: string;
  relation: string;
};

/** A row of `learning_embed_skills`. */
export type EmbedSkillRow = {
  embed_id: string;
  direction: Direction;
  skill: string;
};

/** An embed as the API tells it, from its row, links and skills. */
export function toEmbed(
  row: EmbedRow,
  links: EmbedLinkRow[],
  skills: EmbedSkillRow[],
): LearningEmbed {
  const skillList = (direction: Direction) =>
    skills.filter(s => s.direction === direction).map(s => s.skill);
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    ...(row.description ? { description: row.description } : {}),
    host: row.host_ref,
    links: links.map(l => ({
      entityRef: l.entity_ref,
      relation: l.relation as LearningLinkRelation,
    })),
    skillsWanted: skillList('wanted'),
    skillsTaught: skillList('taught'),
    ...(row.starts_on ? { startsOn: row.starts_on } : {}),
    durationWeeks: row.duration_weeks,
    seats: row.seats,
    seatsTaken: row.seats_taken,
    ...(row.location ? { location: row.location } : {}),
    remote: Boolean(row.remote),
    ...(row.contact ? { contact: row.contact } : {}),
    status: row.status,
    source: sourceOf(row),
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}
