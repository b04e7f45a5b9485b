import { identityApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { LearningCohort } from '@tech-learning/backstage-plugin-learning-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningApi } from '../../api';
import { learningTogetherReads, resource } from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { LearningPage } from '../LearningPage';
import { CohortsCard } from './CohortsCard';

const identity = {
  getBackstageIdentity: async () => ({
    type: 'user' as const,
    userEntityRef: 'user:default/dev-patel',
    ownershipEntityRefs: ['user:default/dev-patel'],
  }),
};

const cohort: LearningCohort = {
  id: 'c1',
  resourceId: 'p1',
  resourceTitle: 'Ready for ledger on-call',
  resourceKind: 'path',
  startsOn: '2026-12-07',
  weeks: 2,
  capacity: 12,
  memberCount: 4,
  seatsLeft: 8,
  createdBy: 'user:default/alice-chen',
  status: 'running',
  currentWeek: 1,
  schedule: [
    {
      index: 0,
      title: 'Ledger basics',
      resourceId: 's1',
      startsOn: '2026-12-07',
      endsOn: '2026-12-13',
    },
    {
      index: 1,
      title: 'Ledger incident drill',
      resourceId: 's2',
      startsOn: '2026-12-14',
      endsOn: '2026-12-20',
    },
  ],
  isMember: false,
  mayJoin: true,
  mayManage: false,
  createdAt: '2026-12-01T00:00:00.000Z',
};

async function forbidden() {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message: 'Only the members of cohort c1 see who is in it',
        },
        request: { method: 'GET', url: '/x' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

function renderCohortPage(learningApi: Partial<LearningApi>) {
  return renderLearning(<LearningPage />, {
    learningApi: { ...learningTogetherReads, ...learningApi },
    apis: [[identityApiRef, identity]],
    routeEntries: ['/cohorts/c1'],
  });
}

describe('CohortPage', () => {
  it('shows the schedule with this week, and members only to members', async () => {
    await renderCohortPage({
      getCohort: jest.fn().mockResolvedValue(cohort),
      listCohortMembers: jest.fn().mockRejectedValue(await forbidden()),
      getDiscussion: jest.fn().mockResolvedValue({
        items: [],
        mayPost: false,
        mayModerate: false,
      }),
    });
    const schedule = await screen.findByRole('list', { name: 'Schedule' });
    expect(within(schedule).getByText(/\(this week\)/).textContent).toContain(
      'Week 2: Ledger incident drill',
    );
    expect(
      await screen.findByText(
        'Only members see who is in the cohort and how far they are.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/week 2 of 2, 4 of 12 places taken/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Join the cohort to post in its discussion.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel cohort' })).toBeNull();
  });

  it('says what members will see before joining, then shows the members', async () => {
    const joinCohort = jest.fn().mockResolvedValue({
      ...cohort,
      isMember: true,
      memberCount: 5,
      seatsLeft: 7,
    });
    const listCohortMembers = jest
      .fn()
      .mockRejectedValueOnce(await forbidden())
      .mockResolvedValue({
        items: [
          {
            userRef: 'user:default/dev-patel',
            joinedAt: '2026-12-07T00:00:00.000Z',
            progress: 50,
            weeksDone: 1,
          },
        ],
      });
    await renderCohortPage({
      getCohort: jest.fn().mockResolvedValue(cohort),
      listCohortMembers,
      joinCohort,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Join' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(
      'The other members will see your name and your progress on “Ready for ledger on-call”',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    expect(joinCohort).toHaveBeenCalledWith('c1');
    const members = await screen.findByRole('list', { name: 'Members' });
    expect(within(members).getByText('1 of 2 weeks done')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave' })).toBeInTheDocument();
  });

  it('tells a cohort that is not there from one that failed to load', async () => {
    await renderCohortPage({
      getCohort: jest
        .fn()
        .mockRejectedValue(
          Object.assign(new Error('gone'), { statusCode: 404 }),
        ),
    });
    expect(await screen.findByText('No such cohort')).toBeInTheDocument();
  });
});

describe('CohortsCard', () => {
  it('lists cohorts with their places, and says when there are none', async () => {
    await renderLearning(
      <CohortsCard entityRef="component:default/payments-api" />,
      {
        learningApi: {
          listCohorts: jest.fn().mockResolvedValue({
            items: [
              {
                ...cohort,
                status: 'upcoming',
                currentWeek: undefined,
                memberCount: 12,
                seatsLeft: 0,
              },
            ],
          }),
        },
      },
    );
    const list = await screen.findByRole('list', { name: 'Cohorts' });
    expect(within(list).getByText(/12 of 12 places taken/)).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Full' })).toBeDisabled();

    await renderLearning(<CohortsCard entityRef="component:default/ledger" />, {
      learningApi: { listCohorts: jest.fn().mockResolvedValue({ items: [] }) },
    });
    expect(
      await screen.findByText('No cohorts on the material of this entity.'),
    ).toBeInTheDocument();
  });

  it('starts a cohort, showing the backend’s problem at its field', async () => {
    const createCohort = jest.fn().mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'InputError',
              message: 'startsOn: must be today or later',
              fields: [
                {
                  field: 'startsOn',
                  in: 'body',
                  message: 'must be today or later',
                },
              ],
            },
            request: { method: 'POST', url: '/x' },
            response: { statusCode: 400 },
          }),
          { status: 400, headers: { 'Content-Type': 'application/json' } },
        ),
      ),
    );
    const video = resource({
      id: 'v1',
      format: 'video',
      smes: ['user:default/bob-okafor'],
    });
    await renderLearning(<CohortsCard resource={video} />, {
      learningApi: {
        listResourceCohorts: jest.fn().mockResolvedValue({ items: [] }),
        createCohort,
      },
    });
    expect(
      await screen.findByText(/No cohort takes this yet/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Start a cohort' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Start cohort' }),
    );
    expect(createCohort).toHaveBeenCalledWith(
      'v1',
      expect.objectContaining({ capacity: 12, parts: 4, join: true }),
    );
    expect(
      await within(dialog).findByText('must be today or later'),
    ).toBeInTheDocument();
  });

  it('offers no cohort on live material', async () => {
    await renderLearning(
      <CohortsCard resource={resource({ id: 'l1', format: 'live' })} />,
      {
        learningApi: {
          listResourceCohorts: jest.fn().mockResolvedValue({ items: [] }),
        },
      },
    );
    expect(
      await screen.findByText(/No cohort takes this yet/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a cohort' })).toBeNull();
  });
});
