import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { LearningEmbedInput } from '@tech-learning/backstage-plugin-learning-common';
import { getMigratedClient } from '../shared/migrate';
import { DatabaseEmbedStore } from './DatabaseEmbedStore';

jest.setTimeout(120_000);

const embed: LearningEmbedInput = {
  title: 'Two weeks on the ledger',
  summary: 'Ship a change to double-entry bookkeeping with the team',
  description: 'Pair with the **payments team**.',
  host: 'group:default/payments-team',
  links: [
    { entityRef: 'component:default/ledger-service', relation: 'uses' },
    { entityRef: 'system:default/payments', relation: 'teaches' },
  ],
  skillsWanted: ['TypeScript', 'SQL'],
  skillsTaught: ['Double-entry bookkeeping', 'Kafka'],
  startsOn: '2027-02-01',
  durationWeeks: 2,
  seats: 2,
  remote: true,
  contact: '#payments',
};

const user = (n: number) => `user:default/u${n}`;

describe('DatabaseEmbedStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const db = await getMigratedClient({ getClient: async () => knex });
    return { knex, embeds: new DatabaseEmbedStore(db) };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores an embed with its links and skills, and changes it', async () => {
      const { embeds } = await setup(databaseId);
      const created = await embeds.createEmbed(
        { ...embed, skillsWanted: ['TypeScript', 'SQL', 'TypeScript'] },
        'user:default/alice',
      );
      expect(created).toMatchObject({
        ...embed,
        seatsTaken: 0,
        status: 'open',
        createdBy: 'user:default/alice',
      });
      expect(created.skillsWanted).toEqual(['TypeScript', 'SQL']);
      expect(await embeds.getEmbed(created.id)).toEqual(created);

      const changed = await embeds.updateEmbed(created.id, {
        title: 'Three weeks on the ledger',
        durationWeeks: 3,
        skillsTaught: ['Kafka'],
        startsOn: null,
        contact: null,
      });
      expect(changed).toMatchObject({
        title: 'Three weeks on the ledger',
        durationWeeks: 3,
        skillsWanted: ['TypeScript', 'SQL'],
        skillsTaught: ['Kafka'],
        links: created.links,
        remote: true,
      });
      expect(changed.startsOn).toBeUndefined();
      expect(changed.contact).toBeUndefined();
      expect(changed.description).toBe(embed.description);

      expect(await embeds.deleteEmbed(created.id)).toBe(true);
      expect(await embeds.getEmbed(created.id)).toBeUndefined();
      expect(await embeds.deleteEmbed(created.id)).toBe(false);
      await expect(
        embeds.updateEmbed(created.id, { title: 'Gone' }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('filters by host, entity, skill, status and start window, and pages', async () => {
      const { embeds } = await setup(databaseId);
      const a = await embeds.createEmbed(embed, undefined);
      const b = await embeds.createEmbed(
        {
          ...embed,
          title: 'A month of identity',
          host: 'group:default/identity-team',
          links: [
            { entityRef: 'component:default/auth-gateway', relation: 'uses' },
          ],
          skillsWanted: ['Go'],
          skillsTaught: ['OAuth'],
          startsOn: '2027-05-01',
        },
        undefined,
      );
      const flexible = await embeds.createEmbed(
        { ...embed, title: 'Whenever suits', startsOn: undefined },
        undefined,
      );
      await embeds.closeEmbed(flexible.id);
      const ids = async (filter: object) =>
        (
          await embeds.listEmbeds(filter, { sort: 'title', limit: 10 })
        ).items.map(e => e.id);

      expect(await ids({})).toEqual([b.id, a.id, flexible.id]);
      expect(await ids({ host: 'group:default/identity-team' })).toEqual([
        b.id,
      ]);
      expect(
        await ids({ entityRef: 'component:default/ledger-service' }),
      ).toEqual([a.id, flexible.id]);
      expect(await ids({ skill: 'OAuth' })).toEqual([b.id]);
      expect(await ids({ skill: 'oauth' })).toEqual([b.id]);
      expect(await ids({ skill: 'SQL' })).toEqual([a.id, flexible.id]);
      expect(await ids({ status: 'closed' })).toEqual([flexible.id]);
      expect(await ids({ status: 'open' })).toEqual([b.id, a.id]);
      // a flexible start fits every window
      expect(await ids({ startsFrom: '2027-03-01' })).toEqual([
        b.id,
        flexible.id,
      ]);
      expect(
        await ids({ startsFrom: '2027-01-01', startsTo: '2027-02-28' }),
      ).toEqual([a.id, flexible.id]);

      // permission criteria, in SQL
      expect(
        await ids({
          permission: {
            anyOf: [
              { property: 'host', values: ['group:default/identity-team'] },
              { property: 'status', values: ['closed'] },
            ],
          },
        }),
      ).toEqual([b.id, flexible.id]);
      expect(
        await ids({
          permission: { not: { property: 'status', values: ['closed'] } },
        }),
      ).toEqual([b.id, a.id]);
      expect(await ids({ permission: { anyOf: [] } })).toEqual([]);

      const first = await embeds.listEmbeds({}, { sort: 'title', limit: 2 });
      expect(first.totalCount).toBe(3);
      const second = await embeds.listEmbeds(
        {},
        { sort: 'title', limit: 2, cursor: first.nextCursor },
      );
      expect([...first.items, ...second.items].map(e => e.id)).toEqual([
        b.id,
        a.id,
        flexible.id,
      ]);
      expect(second.nextCursor).toBeUndefined();

      // what an entity page shows: open ones only, up to the limit
      const ledger = 'component:default/ledger-service';
      const another = await embeds.createEmbed(
        { ...embed, title: 'Another ledger stint' },
        undefined,
      );
      const linked = async (limit: number) =>
        (await embeds.getOpenEmbedsLinkedTo(ledger, limit)).map(e => e.id);
      expect((await linked(10)).sort()).toEqual([a.id, another.id].sort());
      expect(await linked(1)).toHaveLength(1);
      expect(
        await embeds.getOpenEmbedsLinkedTo('component:default/nothing', 10),
      ).toEqual([]);
    });

    it('syncs a provider’s embeds, keeping what hosts and applicants did', async () => {
      const { embeds } = await setup(databaseId);
      const mine = await embeds.createEmbed(embed, 'user:default/alice');
      const provided = {
        ...embed,
        key: 'ledger',
        sourceLocation: 'https://git.example/payments/learning.yaml',
      };
      const other = { ...embed, key: 'kafka', title: 'Kafka in practice' };
      expect(
        await embeds.replaceProviderEmbeds('yaml', [provided, other]),
      ).toEqual({
        created: 2,
        updated: 0,
        deleted: 0,
        unchanged: 0,
        errors: [],
      });
      const [ledger] = (
        await embeds.listEmbeds(
          { host: embed.host },
          { sort: 'title', limit: 10 },
        )
      ).items.filter(
        e => e.source.type === 'provider' && e.title === embed.title,
      );
      expect(ledger).toMatchObject({
        status: 'open',
        seatsTaken: 0,
        skillsTaught: embed.skillsTaught,
        source: {
          type: 'provider',
          provider: 'yaml',
          location: 'https://git.example/payments/learning.yaml',
        },
      });
      expect(ledger.createdBy).toBeUndefined();

      // the same set again changes nothing
      expect(
        await embeds.replaceProviderEmbeds('yaml', [provided, other]),
      ).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

      // a seat is taken in Backstage; the provider changes the definition
      const { application } = await embeds.apply(ledger.id, user(1), undefined);
      await embeds.decide(ledger.id, application.id, 'accepted', user(0));
      const result = await embeds.replaceProviderEmbeds('yaml', [
        { ...provided, seats: 1, skillsTaught: ['Ledgers'] },
      ]);
      expect(result).toEqual({
        created: 0,
        updated: 1,
        deleted: 1,
        unchanged: 0,
        errors: [],
      });
      expect(await embeds.getEmbed(ledger.id)).toMatchObject({
        seats: 1,
        seatsTaken: 1,
        status: 'filled',
        skillsTaught: ['Ledgers'],
      });
      expect(await embeds.listApplications(ledger.id)).toHaveLength(1);

      // what cannot be: fewer seats than taken, another host; kept as was
      const refused = await embeds.replaceProviderEmbeds('yaml', [
        { ...provided, seats: 0, skillsTaught: ['Ledgers'] },
      ]);
      expect(refused.errors).toEqual([
        "embed 'ledger' keeps 1 seats: 1 are taken, more than 0",
      ]);
      const moved = await embeds.replaceProviderEmbeds('yaml', [
        { ...provided, host: 'group:default/identity-team' },
      ]);
      expect(moved.errors).toEqual([
        "embed 'ledger' keeps its host group:default/payments-team: an embed's host does not change",
      ]);
      expect(await embeds.getEmbed(ledger.id)).toMatchObject({
        seats: 1,
        host: embed.host,
      });

      // left out: deleted with its applications; the posted embed stays
      expect(await embeds.replaceProviderEmbeds('yaml', [])).toMatchObject({
        deleted: 1,
      });
      expect(await embeds.getEmbed(ledger.id)).toBeUndefined();
      expect(await embeds.listApplications(ledger.id)).toEqual([]);
      expect(await embeds.getEmbed(mine.id)).toMatchObject({
        source: { type: 'api' },
      });
      await expect(
        embeds.replaceProviderEmbeds('yaml', [provided, provided]),
      ).rejects.toThrow("delivered the embed key 'ledger' twice");
    });

    it('takes applications once per user, and follows them to a decision', async () => {
      const { embeds } = await setup(databaseId);
      const { id } = await embeds.createEmbed(
        { ...embed, seats: 1 },
        undefined,
      );

      const first = await embeds.apply(id, user(1), 'I know SQL');
      expect(first.previous).toBeUndefined();
      expect(first.application).toMatchObject({
        embedId: id,
        applicantRef: user(1),
        state: 'pending',
        message: 'I know SQL',
      });
      // once per embed: applying again changes the message only
      const again = await embeds.apply(id, user(1), 'And TypeScript');
      expect(again.previous).toBe('pending');
      expect(again.application).toMatchObject({
        id: first.application.id,
        message: 'And TypeScript',
      });
      const second = await embeds.apply(id, user(2), undefined);

      const accepted = await embeds.decide(
        id,
        first.application.id,
        'accepted',
        'user:default/alice',
      );
      expect(accepted.application).toMatchObject({
        state: 'accepted',
        decidedBy: 'user:default/alice',
      });
      expect(accepted.embed).toMatchObject({ seatsTaken: 1, status: 'filled' });
      // deciding the same again changes nothing
      expect(
        (await embeds.decide(id, first.application.id, 'accepted', 'x'))
          .application.decidedBy,
      ).toBe('user:default/alice');
      // no seat left for the second, and nobody new may apply
      await expect(
        embeds.decide(id, second.application.id, 'accepted', 'x'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(embeds.apply(id, user(3), undefined)).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(/filled/),
      });

      // withdrawing the accepted one reopens the seat
      expect((await embeds.withdraw(id, user(1))).state).toBe('withdrawn');
      expect(await embeds.getEmbed(id)).toMatchObject({
        seatsTaken: 0,
        status: 'open',
      });
      await expect(
        embeds.decide(id, first.application.id, 'accepted', 'x'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      const declined = await embeds.decide(
        id,
        second.application.id,
        'declined',
        'user:default/alice',
      );
      expect(declined.application.state).toBe('declined');
      await expect(embeds.apply(id, user(2), 'Please')).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(/declined/),
      });
      // a withdrawn application can be made again
      const renewed = await embeds.apply(id, user(1), undefined);
      expect(renewed.application).toMatchObject({
        id: first.application.id,
        state: 'pending',
      });
      expect(renewed.previous).toBe('withdrawn');

      expect(
        (await embeds.listApplications(id, { state: 'pending' })).map(
          a => a.applicantRef,
        ),
      ).toEqual([user(1)]);
      expect(
        (await embeds.listUserApplications(user(2))).map(a => a.state),
      ).toEqual(['declined']);
      await expect(embeds.withdraw(id, user(9))).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      await expect(
        embeds.decide(id, 'no-such-application', 'accepted', 'x'),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('refuses fewer seats than are taken, and closes for good', async () => {
      const { embeds } = await setup(databaseId);
      const { id } = await embeds.createEmbed(embed, undefined);
      await embeds.apply(id, user(3), undefined);
      for (const n of [1, 2]) {
        const { application } = await embeds.apply(id, user(n), undefined);
        await embeds.decide(id, application.id, 'accepted', 'x');
      }
      await expect(embeds.updateEmbed(id, { seats: 1 })).rejects.toMatchObject({
        name: 'ConflictError',
        message: `seats: 2 seats of embed ${id} are taken, more than 1`,
      });
      // more seats reopen it
      expect(await embeds.updateEmbed(id, { seats: 3 })).toMatchObject({
        status: 'open',
        seatsTaken: 2,
      });

      const closed = await embeds.closeEmbed(id);
      expect(closed.embed.status).toBe('closed');
      expect(
        closed.applications.map(a => [a.applicantRef, a.state]).sort(),
      ).toEqual([
        [user(1), 'accepted'],
        [user(2), 'accepted'],
        [user(3), 'pending'],
      ]);
      expect((await embeds.closeEmbed(id)).embed.status).toBe('closed');
      await expect(embeds.apply(id, user(4), undefined)).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(embeds.updateEmbed(id, { seats: 5 })).rejects.toMatchObject({
        name: 'ConflictError',
      });
    });

    it('counts the applications left pending, on embeds still open', async () => {
      const { embeds, knex } = await setup(databaseId);
      const open = await embeds.createEmbed(embed, undefined);
      const closed = await embeds.createEmbed(embed, undefined);
      for (const id of [open.id, closed.id]) {
        await embeds.apply(id, user(1), undefined);
        await embeds.apply(id, user(2), undefined);
      }
      const { application } = await embeds.apply(open.id, user(3), undefined);
      await embeds.decide(open.id, application.id, 'declined', 'x');
      await embeds.closeEmbed(closed.id);
      // user 2's application to the open embed is recent
      await knex('learning_embed_applications')
        .whereNot(q => q.where({ applicant_ref: user(2), embed_id: open.id }))
        .update({ created_at: '2026-01-01T00:00:00.000Z' });

      expect(
        await embeds.countPendingApplications('2026-06-01T00:00:00.000Z'),
      ).toEqual([{ embedId: open.id, count: 1 }]);
      expect(
        await embeds.countPendingApplications(
          new Date(Date.now() + 60_000).toISOString(),
        ),
      ).toEqual([{ embedId: open.id, count: 2 }]);
      expect(
        await embeds.countPendingApplications('2025-01-01T00:00:00.000Z'),
      ).toEqual([]);
    });

    it('never overbooks, however many decisions race', async () => {
      const { embeds, knex } = await setup(databaseId);
      const seats = 5;
      const applicants = 300;
      const { id } = await embeds.createEmbed({ ...embed, seats }, undefined);
      const applications = await Promise.all(
        Array.from({ length: applicants }, (_, n) =>
          embeds.apply(id, user(n), undefined),
        ),
      );
      const acceptedNow = async () =>
        Number(
          (
            await knex('learning_embed_applications')
              .where({ embed_id: id, state: 'accepted' })
              .count({ count: '*' })
          )[0].count,
        );
      const report = (
        what: string,
        outcomes: PromiseSettledResult<unknown>[],
        accepted: number,
      ) => {
        const refused = outcomes.filter(
          (o): o is PromiseRejectedResult => o.status === 'rejected',
        );
        // eslint-disable-next-line no-console
        console.log(
          `${databaseId}: ${what}: ${
            outcomes.length
          } concurrent decisions on ${seats} seats, ${accepted} accepted, ${
            refused.length
          } refused, overbooked by ${Math.max(0, accepted - seats)}`,
        );
        // nothing refused but for want of a seat
        expect(refused.map(r => r.reason.name)).toEqual(
          refused.map(() => 'ConflictError'),
        );
        return refused.length;
      };

      // every applicant accepted at once: exactly the seats are taken
      const first = await Promise.allSettled(
        applications.map(({ application }) =>
          embeds.decide(id, application.id, 'accepted', 'user:default/alice'),
        ),
      );
      expect(report('all accepted at once', first, await acceptedNow())).toBe(
        applicants - seats,
      );
      expect(await acceptedNow()).toBe(seats);
      expect(await embeds.getEmbed(id)).toMatchObject({
        seatsTaken: seats,
        status: 'filled',
      });

      // two of the accepted declined while everyone is accepted again: the
      // freed seats go to others, never more than the seats
      const taken = (await embeds.listApplications(id, { state: 'accepted' }))
        .slice(0, 2)
        .map(a => a.id);
      const second = await Promise.allSettled([
        ...taken.map(applicationId =>
          embeds.decide(id, applicationId, 'declined', 'user:default/bob'),
        ),
        ...applications
          .filter(({ application }) => !taken.includes(application.id))
          .map(({ application }) =>
            embeds.decide(id, application.id, 'accepted', 'user:default/alice'),
          ),
      ]);
      const acceptedAfter = await acceptedNow();
      report('2 declined while all are accepted again', second, acceptedAfter);
      expect(acceptedAfter).toBeLessThanOrEqual(seats);
      expect(acceptedAfter).toBeGreaterThanOrEqual(seats - 2);
      expect(await embeds.getEmbed(id)).toMatchObject({
        seatsTaken: acceptedAfter,
        status: acceptedAfter === seats ? 'filled' : 'open',
      });
    });
  });
});
