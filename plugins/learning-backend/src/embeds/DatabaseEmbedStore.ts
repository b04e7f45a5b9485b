import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  LearningApplicationState,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningLink,
} from '@tech-learning/backstage-plugin-learning-common';
import { ProvidedLearningEmbed } from '@tech-learning/backstage-plugin-learning-node';
import { Knex } from 'knex';
import { keysetPage, PageRequest } from '../shared/cursor';
import { syncProviderRows } from '../shared/providerSync';
import { groupBy, wherePermitted } from '../shared/sql';
import {
  ApplicationRow,
  definitionOf,
  Direction,
  EmbedLinkRow,
  EmbedRow,
  EmbedSkillRow,
  setSeatsTaken,
  statusOf,
  toApplication,
  toEmbed,
  unique,
} from './embedRows';
import {
  ClosedEmbed,
  EmbedFilter,
  EmbedPage,
  EmbedPatch,
  EmbedPermissionQuery,
  EmbedStore,
  EmbedSyncResult,
} from './EmbedStore';
import { withFields } from '../shared/errors';

/** Embeds and applications with knex, on SQLite and PostgreSQL. */
export class DatabaseEmbedStore implements EmbedStore {
  constructor(private readonly db: Knex) {}

  async createEmbed(
    input: LearningEmbedInput,
    createdBy: string | undefined,
  ): Promise<LearningEmbed> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.db.transaction(async tx => {
      await tx<EmbedRow>('learning_embeds').insert({
        id,
        ...definitionOf(input),
        host_ref: input.host,
        seats_taken: 0,
        status: 'open',
        source_type: 'api',
        created_by: createdBy ?? null,
        created_at: now,
        updated_at: now,
      });
      await this.writeChildren(tx, id, input);
    });
    return (await this.getEmbed(id))!;
  }

  async replaceProviderEmbeds(
    provider: string,
    embeds: ProvidedLearningEmbed[],
  ): Promise<EmbedSyncResult> {
    return this.db.transaction(async tx => {
      // locked like any change to an embed, so that no decision in flight
      // sees seats change under it
      const existing: EmbedRow[] = await tx('learning_embeds')
        .where({ source_provider: provider })
        .forUpdate();
      const now = new Date().toISOString();
      const errors: string[] = [];
      const sourceOfEmbed = (embed: ProvidedLearningEmbed, hash: string) => ({
        source_type: 'provider' as const,
        source_provider: provider,
        source_key: embed.key,
        source_location: embed.sourceLocation ?? null,
        source_hash: hash,
      });
      const { counts } = await syncProviderRows({
        tx,
        table: 'learning_embeds',
        provider,
        keyNoun: 'the embed key',
        items: embeds,
        existing,
        create: async (embed, { id, hash }) => {
          await tx('learning_embeds').insert({
            id,
            ...definitionOf(embed),
            ...sourceOfEmbed(embed, hash),
            host_ref: embed.host,
            seats_taken: 0,
            status: 'open',
            created_by: null,
            created_at: now,
            updated_at: now,
          });
          await this.writeChildren(tx, id, embed);
        },
        update: async (embed, current, hash) => {
          if (current.host_ref !== embed.host) {
            errors.push(
              `embed '${embed.key}' keeps its host ${current.host_ref}: an embed's host does not change`,
            );
            return false;
          }
          if (current.seats_taken > embed.seats) {
            errors.push(
              `embed '${embed.key}' keeps ${current.seats} seats: ${current.seats_taken} are taken, more than ${embed.seats}`,
            );
            return false;
          }
          // status and seats taken are the hosts' and applicants' doing
          await tx('learning_embeds')
            .where({ id: current.id })
            .update({
              ...definitionOf(embed),
              ...sourceOfEmbed(embed, hash),
              status: statusOf({ ...current, seats: embed.seats }),
              updated_at: now,
            });
          await tx('learning_embed_links')
            .where({ embed_id: current.id })
            .delete();
          await tx('learning_embed_skills')
            .where({ embed_id: current.id })
            .delete();
          await this.writeChildren(tx, current.id, embed);
          return true;
        },
      });
      return { ...counts, errors };
    });
  }

  async getEmbed(id: string): Promise<LearningEmbed | undefined> {
    const [embed] = await this.getEmbeds([id]);
    return embed;
  }

  async getEmbeds(ids: string[]): Promise<LearningEmbed[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows: EmbedRow[] = await this.db('learning_embeds').whereIn(
      'id',
      ids,
    );
    return this.hydrate(rows);
  }

  async getOpenEmbedsLinkedTo(
    entityRef: string,
    limit: number,
  ): Promise<LearningEmbed[]> {
    const query = this.db('learning_embeds as e');
    this.applyFilter(query, { entityRef, status: 'open' });
    const rows: EmbedRow[] = await query
      .select('e.*')
      .orderBy([{ column: 'e.title' }, { column: 'e.id' }])
      .limit(limit);
    return this.hydrate(rows);
  }

  async listEmbeds(filter: EmbedFilter, page: PageRequest): Promise<EmbedPage> {
    const filtered = this.db('learning_embeds as e');
    this.applyFilter(filtered, filter);
    return keysetPage<EmbedRow, LearningEmbed>(filtered, 'e', page, rows =>
      this.hydrate(rows),
    );
  }

  async updateEmbed(id: string, patch: EmbedPatch): Promise<LearningEmbed> {
    await this.db.transaction(async tx => {
      const row = await this.lockEmbed(tx, id);
      if (row.status === 'closed') {
        throw new ConflictError(`Embed ${id} is closed`);
      }
      const seats = patch.seats ?? row.seats;
      if (row.seats_taken > seats) {
        throw withFields(
          m => new ConflictError(m),
          [
            {
              field: 'seats',
              in: 'body',
              message: `${row.seats_taken} seats of embed ${id} are taken, more than ${seats}`,
            },
          ],
        );
      }
      // knex leaves out undefined fields; null clears a field
      await tx('learning_embeds')
        .where({ id })
        .update({
          title: patch.title,
          summary: patch.summary,
          description: patch.description,
          starts_on: patch.startsOn,
          duration_weeks: patch.durationWeeks,
          seats,
          location: patch.location,
          remote: patch.remote,
          contact: patch.contact,
          status: statusOf({ ...row, seats }),
          updated_at: new Date().toISOString(),
        });
      if (patch.links) {
        await tx('learning_embed_links').where({ embed_id: id }).delete();
      }
      if (patch.skillsWanted) {
        await tx('learning_embed_skills')
          .where({ embed_id: id, direction: 'wanted' })
          .delete();
      }
      if (patch.skillsTaught) {
        await tx('learning_embed_skills')
          .where({ embed_id: id, direction: 'taught' })
          .delete();
      }
      await this.writeChildren(tx, id, patch);
    });
    return (await this.getEmbed(id))!;
  }

  async closeEmbed(id: string): Promise<ClosedEmbed> {
    const rows = await this.db.transaction(async tx => {
      const row = await this.lockEmbed(tx, id);
      if (row.status !== 'closed') {
        await tx('learning_embeds')
          .where({ id })
          .update({ status: 'closed', updated_at: new Date().toISOString() });
      }
      return (await tx('learning_embed_applications')
        .where({ embed_id: id })
        .whereIn('state', ['pending', 'accepted'])
        .orderBy('created_at', 'asc')) as ApplicationRow[];
    });
    return {
      embed: (await this.getEmbed(id))!,
      applications: rows.map(toApplication),
    };
  }

  async deleteEmbed(id: string): Promise<boolean> {
    return (await this.db('learning_embeds').where({ id }).delete()) > 0;
  }

  async apply(
    embedId: string,
    applicantRef: string,
    message: string | undefined,
  ): Promise<{
    application: LearningEmbedApplication;
    previous?: LearningApplicationState;
  }> {
    return this.db.transaction(async tx => {
      const embed = await this.lockEmbed(tx, embedId);
      const current = await this.applicationOf(tx, embedId, applicantRef);
      const now = new Date().toISOString();
      if (current?.state === 'accepted') {
        return { application: toApplication(current), previous: 'accepted' };
      }
      if (current?.state === 'declined') {
        throw new ConflictError(
          `The application of ${applicantRef} to embed ${embedId} was declined`,
        );
      }
      if (
        current?.state === 'pending'
          ? embed.status === 'closed'
          : embed.status !== 'open'
      ) {
        throw new ConflictError(`Embed ${embedId} is ${embed.status}`);
      }
      if (current) {
        const changes = {
          state: 'pending' as const,
          message:
            message ?? (current.state === 'pending' ? current.message : null),
          decided_by: null,
          decided_at: null,
          updated_at: now,
        };
        await tx('learning_embed_applications')
          .where({ id: current.id })
          .update(changes);
        return {
          application: toApplication({ ...current, ...changes }),
          previous: current.state,
        };
      }
      const row: ApplicationRow = {
        id: randomUUID(),
        embed_id: embedId,
        applicant_ref: applicantRef,
        state: 'pending',
        message: message ?? null,
        decided_by: null,
        decided_at: null,
        created_at: now,
        updated_at: now,
      };
      await tx('learning_embed_applications').insert(row);
      return { application: toApplication(row) };
    });
  }

  async withdraw(
    embedId: string,
    applicantRef: string,
  ): Promise<LearningEmbedApplication> {
    return this.db.transaction(async tx => {
      const embed = await this.lockEmbed(tx, embedId);
      const current = await this.applicationOf(tx, embedId, applicantRef);
      if (!current) {
        throw new NotFoundError(
          `${applicantRef} has not applied to embed ${embedId}`,
        );
      }
      if (current.state === 'withdrawn') {
        return toApplication(current);
      }
      if (current.state === 'declined') {
        throw new ConflictError(
          `The application of ${applicantRef} to embed ${embedId} was declined`,
        );
      }
      if (current.state === 'accepted') {
        await setSeatsTaken(tx, embed, embed.seats_taken - 1);
      }
      const changes = {
        state: 'withdrawn' as const,
        updated_at: new Date().toISOString(),
      };
      await tx('learning_embed_applications')
        .where({ id: current.id })
        .update(changes);
      return toApplication({ ...current, ...changes });
    });
  }

  async decide(
    embedId: string,
    applicationId: string,
    decision: 'accepted' | 'declined',
    decidedBy: string,
  ): Promise<{
    application: LearningEmbedApplication;
    embed: LearningEmbed;
    changed: boolean;
  }> {
    const { application, changed } = await this.db.transaction(async tx => {
      // every decision on the embed waits here for the one before it
      const embed = await this.lockEmbed(tx, embedId);
      const current: ApplicationRow | undefined = await tx(
        'learning_embed_applications',
      )
        .where({ id: applicationId, embed_id: embedId })
        .first();
      if (!current) {
        throw new NotFoundError(
          `No application ${applicationId} to embed ${embedId}`,
        );
      }
      if (current.state === decision) {
        return { application: toApplication(current), changed: false };
      }
      if (current.state === 'withdrawn') {
        throw new ConflictError(
          `The application ${applicationId} was withdrawn`,
        );
      }
      if (embed.status === 'closed') {
        throw new ConflictError(`Embed ${embedId} is closed`);
      }
      if (decision === 'accepted') {
        if (embed.seats_taken >= embed.seats) {
          throw new ConflictError(
            `All ${embed.seats} seats of embed ${embedId} are taken`,
          );
        }
        await setSeatsTaken(tx, embed, embed.seats_taken + 1);
      } else if (current.state === 'accepted') {
        await setSeatsTaken(tx, embed, embed.seats_taken - 1);
      }
      const now = new Date().toISOString();
      const changes = {
        state: decision,
        decided_by: decidedBy,
        decided_at: now,
        updated_at: now,
      };
      await tx('learning_embed_applications')
        .where({ id: applicationId })
        .update(changes);
      return {
        application: toApplication({ ...current, ...changes }),
        changed: true,
      };
    });
    return { application, embed: (await this.getEmbed(embedId))!, changed };
  }

  async getApplication(
    embedId: string,
    applicantRef: string,
  ): Promise<LearningEmbedApplication | undefined> {
    const row = await this.applicationOf(this.db, embedId, applicantRef);
    return row && toApplication(row);
  }

  async listApplications(
    embedId: string,
    filter: { state?: LearningApplicationState } = {},
  ): Promise<LearningEmbedApplication[]> {
    const query = this.db('learning_embed_applications').where({
      embed_id: embedId,
    });
    if (filter.state) {
      query.where({ state: filter.state });
    }
    const rows: ApplicationRow[] = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'asc');
    return rows.map(toApplication);
  }

  async countPendingApplications(
    olderThan: string,
  ): Promise<Array<{ embedId: string; count: number }>> {
    const rows = (await this.db('learning_embed_applications as a')
      .join('learning_embeds as e', 'e.id', 'a.embed_id')
      .where('a.state', 'pending')
      .where('a.created_at', '<', olderThan)
      .whereNot('e.status', 'closed')
      .groupBy('a.embed_id')
      .select('a.embed_id')
      .count({ count: '*' })
      .orderBy('a.embed_id')) as Array<{ embed_id: string; count: unknown }>;
    return rows.map(r => ({ embedId: r.embed_id, count: Number(r.count) }));
  }

  async listUserApplications(
    applicantRef: string,
  ): Promise<LearningEmbedApplication[]> {
    const rows: ApplicationRow[] = await this.db('learning_embed_applications')
      .where({ applicant_ref: applicantRef })
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'asc');
    return rows.map(toApplication);
  }

  /**
   * The embed's row, locked until the transaction ends (SQLite runs one
   * write transaction at a time anyway), or a NotFoundError.
   */
  private async lockEmbed(tx: Knex.Transaction, id: string) {
    const row: EmbedRow | undefined = await tx('learning_embeds')
      .where({ id })
      .forUpdate()
      .first();
    if (!row) {
      throw new NotFoundError(`No embed ${id}`);
    }
    return row;
  }

  private async applicationOf(
    db: Knex | Knex.Transaction,
    embedId: string,
    applicantRef: string,
  ): Promise<ApplicationRow | undefined> {
    const query = db('learning_embed_applications')
      .where({ embed_id: embedId, applicant_ref: applicantRef })
      .first();
    return db.isTransaction ? query.forUpdate() : query;
  }

  /** Inserts the links and skills the input gives. */
  private async writeChildren(
    tx: Knex.Transaction,
    id: string,
    input: {
      links?: LearningLink[];
      skillsWanted?: string[];
      skillsTaught?: string[];
    },
  ) {
    const links = [
      ...new Map(
        (input.links ?? []).map(l => [`${l.entityRef} ${l.relation}`, l]),
      ).values(),
    ];
    if (links.length) {
      await tx('learning_embed_links').insert(
        links.map(l => ({
          embed_id: id,
          entity_ref: l.entityRef,
          relation: l.relation,
        })),
      );
    }
    const skills = (direction: Direction, values?: string[]) =>
      unique(values).map((skill, position) => ({
        embed_id: id,
        direction,
        position,
        skill,
      }));
    const rows = [
      ...skills('wanted', input.skillsWanted),
      ...skills('taught', input.skillsTaught),
    ];
    if (rows.length) {
      await tx('learning_embed_skills').insert(rows);
    }
  }

  private applyFilter(query: Knex.QueryBuilder, filter: EmbedFilter) {
    if (filter.host) query.where('e.host_ref', filter.host);
    if (filter.status) query.where('e.status', filter.status);
    if (filter.entityRef) {
      query.whereIn(
        'e.id',
        this.db('learning_embed_links')
          .where('entity_ref', filter.entityRef)
          .select('embed_id'),
      );
    }
    if (filter.skill) {
      query.whereIn(
        'e.id',
        // in any case: ASCII letters on SQLite, all letters on PostgreSQL
        this.db('learning_embed_skills')
          .whereRaw('lower(skill) = ?', [
            filter.skill.toLocaleLowerCase('en-US'),
          ])
          .select('embed_id'),
      );
    }
    if (filter.permission) {
      wherePermitted(query, filter.permission, (q, c) =>
        this.whereCondition(q, c),
      );
    }
    // a flexible start fits any window
    if (filter.startsFrom) {
      const from = filter.startsFrom;
      query.where(q =>
        q.whereNull('e.starts_on').orWhere('e.starts_on', '>=', from),
      );
    }
    if (filter.startsTo) {
      const to = filter.startsTo;
      query.where(q =>
        q.whereNull('e.starts_on').orWhere('e.starts_on', '<=', to),
      );
    }
  }

  /** One permission condition on embeds, as a WHERE clause. */
  private whereCondition(
    query: Knex.QueryBuilder,
    condition: EmbedPermissionQuery,
  ): void {
    if (condition.values.length === 0) {
      query.whereRaw('1 = 0');
    } else if (condition.property === 'host') {
      query.whereIn('e.host_ref', condition.values);
    } else {
      query.whereIn('e.status', condition.values);
    }
  }

  private async hydrate(rows: EmbedRow[]): Promise<LearningEmbed[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(r => r.id);
    const [links, skills] = await Promise.all([
      this.db('learning_embed_links')
        .whereIn('embed_id', ids)
        .orderBy(['embed_id', 'entity_ref', 'relation']) as Promise<
        EmbedLinkRow[]
      >,
      this.db('learning_embed_skills')
        .whereIn('embed_id', ids)
        .orderBy(['embed_id', 'direction', 'position']) as Promise<
        EmbedSkillRow[]
      >,
    ]);
    const linksOf = groupBy(links, 'embed_id');
    const skillsOf = groupBy(skills, 'embed_id');
    return rows.map(row =>
      toEmbed(row, linksOf.get(row.id) ?? [], skillsOf.get(row.id) ?? []),
    );
  }
}
