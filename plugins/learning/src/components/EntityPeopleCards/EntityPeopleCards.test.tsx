import { identityApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { mockApis } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { LearningApi } from '../../api';
import { alice, paymentsTeam, resource } from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { EntityGroupLearningCard } from './EntityGroupLearningCard';
import { EntityUserLearningCard } from './EntityUserLearningCard';

const page = (
  items: ReturnType<typeof resource>[],
  totalCount = items.length,
) => ({ items, totalCount } as const);

function renderUser(learningApi: Partial<LearningApi>, signedIn: string) {
  return renderLearning(
    <EntityProvider entity={alice}>
      <EntityUserLearningCard />
    </EntityProvider>,
    {
      learningApi,
      apis: [[identityApiRef, mockApis.identity({ userEntityRef: signedIn })]],
    },
  );
}

describe('EntityUserLearningCard', () => {
  const listResources = jest.fn(async (request: any) =>
    request.sme
      ? page([resource()], 12)
      : page([
          resource({ id: 'r9', title: 'Ledger runbook', kind: 'toolkit' }),
        ]),
  );
  const getMyLearning = jest.fn().mockResolvedValue({
    items: [
      {
        resource: resource({ id: 'k1', title: 'Kafka bootcamp' }),
        enrolment: {
          resourceId: 'k1',
          userRef: 'user:default/alice-chen',
          state: 'in-progress',
          progress: 30,
          enrolledAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
        },
      },
    ],
    totalCount: 1,
  });

  it('shows what the user teaches and owns, and on their own page what they learn', async () => {
    await renderUser(
      { listResources, getMyLearning },
      'user:default/alice-chen',
    );
    const teaches = await screen.findByRole('list', { name: 'Teaches' });
    expect(within(teaches).getByText('Payments 101')).toBeInTheDocument();
    expect(screen.getByText('and 11 more')).toBeInTheDocument();
    expect(listResources).toHaveBeenCalledWith({
      sme: 'user:default/alice-chen',
      limit: 10,
    });
    const owns = await screen.findByRole('list', { name: 'Owns' });
    expect(within(owns).getByText('Ledger runbook')).toBeInTheDocument();
    const mine = await screen.findByRole('list', {
      name: 'Your learning (only you see this)',
    });
    expect(within(mine).getByText('In progress, 30%')).toBeInTheDocument();
  });

  it('keeps what someone learns from others', async () => {
    getMyLearning.mockClear();
    await renderUser(
      { listResources, getMyLearning },
      'user:default/bob-okafor',
    );
    await screen.findByRole('list', { name: 'Teaches' });
    expect(
      screen.queryByText('Your learning (only you see this)'),
    ).not.toBeInTheDocument();
    expect(getMyLearning).not.toHaveBeenCalled();
  });

  it('says so when the user teaches nothing, and shows errors', async () => {
    await renderUser(
      {
        listResources: jest.fn(async (request: any) => {
          if (request.sme) return page([]);
          throw new Error('backend down');
        }),
        getMyLearning,
      },
      'user:default/bob-okafor',
    );
    expect(
      await screen.findByText('Not named as an expert of any material.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('backend down')).toBeInTheDocument();
  });
});

describe('EntityGroupLearningCard', () => {
  const withheld = {
    groupRef: 'group:default/payments-team',
    memberCount: 8,
    minimumLearners: 5,
    withheld: true,
  };
  const renderGroup = (learningApi: Partial<LearningApi>) =>
    renderLearning(
      <EntityProvider entity={paymentsTeam}>
        <EntityGroupLearningCard />
      </EntityProvider>,
      {
        learningApi: {
          listResources: jest.fn().mockResolvedValue(page([])),
          listEmbeds: jest.fn().mockResolvedValue({ items: [], totalCount: 0 }),
          ...learningApi,
        },
      },
    );

  it('lists the team’s material, what needs review first', async () => {
    const listResources = jest.fn(async (request: any) => {
      if (request.freshness === 'due') return page([resource()], 1);
      if (request.freshness) return page([]);
      return page([
        resource({ id: 'a', title: 'A fresh course' }),
        resource({
          id: 'b',
          title: 'B stale course',
          freshness: { state: 'due' },
        }),
      ]);
    });
    await renderLearning(
      <EntityProvider entity={paymentsTeam}>
        <EntityGroupLearningCard />
      </EntityProvider>,
      {
        learningApi: {
          listResources,
          getGroupLearners: jest.fn().mockResolvedValue(withheld),
          listEmbeds: jest.fn().mockResolvedValue({ items: [], totalCount: 0 }),
        },
      },
    );
    const list = await screen.findByRole('list', { name: 'Owned material' });
    const titles = within(list)
      .getAllByRole('link')
      .map(a => a.textContent);
    expect(titles).toEqual(['B stale course', 'A fresh course']);
    expect(within(list).getByText('Due for review')).toBeInTheDocument();
    expect(
      screen.getByText('2 resources, 1 needing a review.'),
    ).toBeInTheDocument();
    expect(listResources).toHaveBeenCalledWith(
      expect.objectContaining({ owner: 'group:default/payments-team' }),
    );
  });

  it('has an empty state', async () => {
    await renderGroup({
      getGroupLearners: jest.fn().mockResolvedValue(withheld),
    });
    expect(
      await screen.findByText('This team owns no learning material yet.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('This team hosts no open embed.'),
    ).toBeInTheDocument();
  });

  it('lists the open embeds the team hosts', async () => {
    const listEmbeds = jest.fn().mockResolvedValue({
      items: [
        {
          id: 'e1',
          title: 'Two weeks on payments',
          host: 'group:default/payments-team',
          startsOn: '2027-02-01',
          durationWeeks: 2,
          seats: 2,
          seatsTaken: 1,
          status: 'open',
        },
      ],
      totalCount: 1,
    });
    await renderGroup({
      getGroupLearners: jest.fn().mockResolvedValue(withheld),
      listEmbeds,
    });
    const list = await screen.findByRole('list', {
      name: 'Open embeds it hosts',
    });
    expect(within(list).getByRole('link')).toHaveAttribute(
      'href',
      '/learning/embeds/e1',
    );
    expect(within(list).getByText(/1 of 2 seats left/)).toBeInTheDocument();
    expect(listEmbeds).toHaveBeenCalledWith(
      expect.objectContaining({
        host: 'group:default/payments-team',
        status: 'open',
      }),
    );
  });

  it('tells what its members learn only from 5 learners on', async () => {
    const getGroupLearners = jest.fn().mockResolvedValue(withheld);
    await renderGroup({ getGroupLearners });
    expect(
      await screen.findByText(
        /Fewer than 5 of its 8 members learn here yet\. What its members learn shows once 5 of them learn/,
      ),
    ).toBeInTheDocument();
    expect(getGroupLearners).toHaveBeenCalledWith(
      'group:default/payments-team',
    );
    expect(
      screen.queryByRole('list', { name: 'What its members learn' }),
    ).not.toBeInTheDocument();
  });

  it('says so when the team is too small to be counted', async () => {
    await renderGroup({
      getGroupLearners: jest
        .fn()
        .mockResolvedValue({ ...withheld, memberCount: 1 }),
    });
    expect(
      await screen.findByText(/This team has 1 member\. /),
    ).toBeInTheDocument();
  });

  it('shows its learners by state and what most of them learn', async () => {
    await renderGroup({
      getGroupLearners: jest.fn().mockResolvedValue({
        ...withheld,
        withheld: false,
        learnerCount: 6,
        enrolments: { enrolled: 2, inProgress: 3, completed: 4 },
        topResources: [
          {
            resource: resource({ id: 'k1', title: 'Kafka bootcamp' }),
            learners: 6,
            completions: 4,
          },
        ],
      }),
    });
    expect(
      await screen.findByText(
        '6 of its 8 members learn: 2 enrolled, 3 in progress, 4 completed.',
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'What its members learn' });
    expect(within(list).getByRole('link')).toHaveTextContent('Kafka bootcamp');
    expect(
      within(list).getByText('6 members, 4 completed'),
    ).toBeInTheDocument();
  });

  it('shows an error when its learners cannot be loaded', async () => {
    await renderGroup({
      getGroupLearners: jest.fn().mockRejectedValue(new Error('catalog down')),
    });
    expect(await screen.findByText('catalog down')).toBeInTheDocument();
    // the owned material is shown all the same
    expect(
      screen.getByText('This team owns no learning material yet.'),
    ).toBeInTheDocument();
  });
});
