import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { resource, suggestion } from '../../__testUtils__/fixtures';
import { LearningPage } from './LearningPage';

/** The "All material" tab. */
function renderPage(learningApi: Partial<LearningApi>) {
  return renderLearning(<LearningPage />, {
    learningApi,
    routeEntries: ['/all'],
  });
}

describe('LearningPage', () => {
  it('lists material and loads the next page with the cursor', async () => {
    const listResources = jest
      .fn()
      .mockResolvedValueOnce({
        items: [resource()],
        totalCount: 2,
        nextCursor: 'c1',
      })
      .mockResolvedValueOnce({
        items: [resource({ id: 'r2', title: 'Kafka bootcamp' })],
        totalCount: 2,
      });
    await renderPage({ listResources });

    expect(await screen.findByText('Payments 101')).toBeInTheDocument();
    expect(screen.getByText('2 results')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Kafka bootcamp')).toBeInTheDocument();
    expect(listResources).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'c1' }),
      expect.anything(),
    );
    expect(screen.getByText('Payments 101')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  // A loaded two-core CI machine has taken more than five seconds for the
  // debounce and the re-render of the table that follows; a wrong answer
  // still fails, only later.
  const SLOW = { timeout: 15_000 };

  it('searches by text, cancels the search it replaces, and resets in one click', async () => {
    const listResources = jest
      .fn()
      .mockResolvedValue({ items: [], totalCount: 0 });
    await renderPage({ listResources });
    expect(
      await screen.findByText('There is no learning material yet.', {}, SLOW),
    ).toBeInTheDocument();
    const firstSignal: AbortSignal = listResources.mock.calls[0][1].signal;
    expect(firstSignal.aborted).toBe(false);
    // pasted at once: typing key by key re-renders the page for each key,
    // which a loaded CI machine takes seconds for
    const search = screen.getByRole('textbox', {
      name: 'Search learning material',
    });
    fireEvent.change(search, { target: { value: 'kafka' } });
    await waitFor(
      () =>
        expect(listResources).toHaveBeenLastCalledWith(
          expect.objectContaining({ q: 'kafka' }),
          { signal: expect.any(AbortSignal) },
        ),
      SLOW,
    );
    // the newer request cancelled the one before it
    expect(firstSignal.aborted).toBe(true);
    expect(
      await screen.findByText('Nothing matches “kafka”.', {}, SLOW),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear search and filters' }),
    );
    expect(search).toHaveValue('');
    await waitFor(
      () =>
        expect(listResources).toHaveBeenLastCalledWith(
          expect.objectContaining({ q: undefined }),
          expect.anything(),
        ),
      SLOW,
    );
    expect(
      await screen.findByText('There is no learning material yet.', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('marks the words of the search in what it found', async () => {
    const listResources = jest.fn().mockResolvedValue({
      items: [
        resource({
          title: 'Kafka bootcamp',
          summary: 'Topics and partitions, to exactly-once pipelines.',
        }),
      ],
      totalCount: 1,
    });
    await renderPage({ listResources });
    await screen.findByText('Kafka bootcamp', {}, SLOW);
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Search learning material' }),
      { target: { value: 'partition -bootcamp' } },
    );
    // stemmed like the backend's search: "partition" marks "partitions"
    await waitFor(
      () =>
        expect(
          screen.getByText('partitions', { selector: 'mark' }),
        ).toBeInTheDocument(),
      SLOW,
    );
    // an excluded word is not marked
    expect(screen.queryByText('bootcamp', { selector: 'mark' })).toBeNull();
  });

  it('filters by format, freshness, tag and owner', async () => {
    const listResources = jest
      .fn()
      .mockResolvedValue({ items: [resource()], totalCount: 1 });
    await renderPage({ listResources });
    await screen.findByText('Payments 101');
    await userEvent.click(screen.getByRole('button', { name: /All formats/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Video' }));
    await userEvent.click(screen.getByRole('button', { name: /^Freshness/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Due for review' }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Tag' }), 'Kafka');
    await userEvent.click(screen.getByRole('textbox', { name: 'Owner' }));
    await userEvent.click(
      await screen.findByRole('option', { name: /Payments/ }),
    );
    await waitFor(
      () =>
        expect(listResources).toHaveBeenLastCalledWith(
          expect.objectContaining({
            format: 'video',
            freshness: 'due',
            tag: 'kafka',
            owner: 'group:default/payments-team',
          }),
          expect.anything(),
        ),
      { timeout: 5000 },
    );
  });

  it('shows the error when the backend fails', async () => {
    await renderPage({
      listResources: jest.fn().mockRejectedValue(new Error('no backend')),
    });
    expect(await screen.findByText('Error: no backend')).toBeInTheDocument();
  });
});

describe('My learning', () => {
  const item = (
    state: 'enrolled' | 'in-progress' | 'completed',
    id: string,
  ) => ({
    enrolment: {
      resourceId: id,
      userRef: 'user:default/alice-chen',
      state,
      progress: state === 'completed' ? 100 : 40,
      enrolledAt: '2026-11-02T00:00:00.000Z',
      updatedAt: '2026-11-05T00:00:00.000Z',
    },
    resource: resource({ id, title: `Course ${id}` }),
  });

  function renderMine(learningApi: Partial<LearningApi>) {
    return renderLearning(<LearningPage />, {
      learningApi,
      routeEntries: ['/mine'],
    });
  }

  it('lists the user’s enrolments and filters them by state', async () => {
    const getMyLearning = jest.fn(async (request?: { state?: string }) =>
      request?.state === 'completed'
        ? { items: [item('completed', 'c1')], totalCount: 1 }
        : {
            items: [item('in-progress', 'p1'), item('completed', 'c1')],
            totalCount: 2,
          },
    );
    await renderMine({ getMyLearning });
    expect(await screen.findByText('Course p1')).toBeInTheDocument();
    expect(screen.getByText('2 items')).toBeInTheDocument();
    expect(
      screen.getByText('In progress', { selector: 'td *, td' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Course p1').closest('a')).toHaveAttribute(
      'href',
      '/learning/resources/p1',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Completed' }));
    await waitFor(() =>
      expect(screen.queryByText('Course p1')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Course c1')).toBeInTheDocument();
    expect(getMyLearning).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'completed', offset: 0 }),
    );
  });

  it('invites to browse when there is nothing yet', async () => {
    await renderMine({
      getMyLearning: jest.fn().mockResolvedValue({ items: [], totalCount: 0 }),
    });
    expect(
      await screen.findByText('You have not enrolled in anything yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Browse learning material' }),
    ).toHaveAttribute('href', '/learning/all');
  });
});

describe('To review', () => {
  const broken = resource({
    id: 'b1',
    title: 'Ledger internals',
    freshness: {
      state: 'broken',
      missing: ['component:default/old-ledger'],
    },
  });
  const due = resource({
    id: 'd1',
    title: 'Payments 101',
    reviewedAt: '2026-01-10T00:00:00.000Z',
    freshness: { state: 'due', reviewDueAt: '2026-07-09T00:00:00.000Z' },
  });

  function renderQueue(learningApi: Partial<LearningApi>) {
    return renderLearning(<LearningPage />, {
      learningApi,
      routeEntries: ['/review'],
    });
  }

  it('lists what the user teaches that needs them, with why, and marks it reviewed', async () => {
    const getMyReviewQueue = jest.fn(async (request?: { freshness?: string }) =>
      request?.freshness === 'broken'
        ? { items: [broken], totalCount: 1 }
        : { items: [broken, due], totalCount: 2 },
    );
    const markReviewed = jest.fn(async () =>
      resource({
        id: 'd1',
        reviewedAt: '2026-12-02T00:00:00.000Z',
        freshness: { state: 'fresh' },
      }),
    );
    await renderQueue({ getMyReviewQueue, markReviewed });
    expect(await screen.findByText('2 items need you')).toBeInTheDocument();
    expect(
      screen.getByText('component:old-ledger is no longer in the catalog'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Last reviewed (Jan 10, 2026|10 Jan 2026); due/),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Mark Payments 101 reviewed' }),
    );
    expect(markReviewed).toHaveBeenCalledWith('d1');
    expect(await screen.findByText('Reviewed just now')).toBeInTheDocument();
    expect(screen.getByText('1 item needs you')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Mark Payments 101 reviewed' }),
    ).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Broken' }));
    expect(getMyReviewQueue).toHaveBeenLastCalledWith(
      expect.objectContaining({ freshness: 'broken' }),
    );
    await waitFor(() =>
      expect(screen.queryByText('Payments 101')).not.toBeInTheDocument(),
    );
  });

  it('says when nothing needs the user', async () => {
    await renderQueue({
      getMyReviewQueue: jest
        .fn()
        .mockResolvedValue({ items: [], totalCount: 0 }),
    });
    expect(
      await screen.findByText('Nothing you teach needs you'),
    ).toBeInTheDocument();
  });

  it('shows the error when the queue cannot be read', async () => {
    await renderQueue({
      getMyReviewQueue: jest.fn().mockRejectedValue(new Error('Backend away')),
    });
    expect(
      await screen.findByText('Error: Backend away', { selector: 'h6' }),
    ).toBeInTheDocument();
  });
});

describe('For you', () => {
  const renderForYou = (learningApi: Partial<LearningApi>) =>
    renderLearning(<LearningPage />, { learningApi });

  it('comes first, with reasons, and dismisses with a moment to undo', async () => {
    const ledger = suggestion({ id: 'l1', title: 'Ledger deep dive' }, [
      {
        type: 'also-taken',
        resourceId: 'r1',
        resourceTitle: 'Payments 101',
        learners: 6,
        message: 'Learners who completed Payments 101 also completed this',
      },
    ]);
    const owned = suggestion({ id: 'o1', title: 'Payments API on call' }, [
      {
        type: 'owned',
        entityRef: 'component:default/payments-api',
        message: 'Because your team owns payments-api',
      },
    ]);
    const getMyRecommendations = jest.fn().mockResolvedValue({
      items: [ledger, owned],
      totalCount: 2,
      newcomer: false,
      teams: ['group:default/payments-team'],
    });
    const dismissRecommendation = jest.fn().mockResolvedValue(undefined);
    const undoDismissal = jest.fn().mockResolvedValue(undefined);
    await renderForYou({
      getMyRecommendations,
      dismissRecommendation,
      undoDismissal,
    });
    expect(screen.getAllByRole('tab')[0]).toHaveTextContent('For you');
    expect(await screen.findByText('Ledger deep dive')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Learners who completed Payments 101 also completed this',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Because your team owns payments-api'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Not interested in Ledger deep dive',
      }),
    );
    expect(dismissRecommendation).toHaveBeenCalledWith('l1');
    await waitFor(() =>
      expect(screen.queryByText('Ledger deep dive')).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText('Ledger deep dive will not be suggested again'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undoDismissal).toHaveBeenCalledWith('l1');
    expect(await screen.findByText('Ledger deep dive')).toBeInTheDocument();
  });

  it('keeps a suggestion whose dismissal failed, and says why', async () => {
    await renderForYou({
      getMyRecommendations: jest.fn().mockResolvedValue({
        items: [suggestion({ id: 'l1', title: 'Ledger deep dive' }, [])],
        totalCount: 1,
        newcomer: false,
      }),
      dismissRecommendation: jest
        .fn()
        .mockRejectedValue(new Error('The backend is down')),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Not interested in Ledger deep dive',
      }),
    );
    expect(
      await screen.findByText('Error: The backend is down'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ledger deep dive')).toBeInTheDocument();
  });

  it('shows a newcomer the path of their team and says why there is little', async () => {
    await renderForYou({
      getMyRecommendations: jest.fn().mockResolvedValue({
        items: [],
        totalCount: 0,
        newcomer: true,
        teams: ['group:default/payments-team'],
        onboarding: suggestion(
          { id: 'p1', kind: 'path', title: 'Payments onboarding' },
          [
            {
              type: 'system',
              entityRef: 'system:default/payments',
              viaEntityRef: 'component:default/payments-api',
              message:
                'Because payments-api, which your team owns, is part of the payments system',
            },
          ],
        ),
      }),
    });
    expect(await screen.findByText('Start here')).toBeInTheDocument();
    expect(screen.getByText('Payments onboarding')).toBeInTheDocument();
    expect(screen.getByText('Nothing to suggest yet')).toBeInTheDocument();
  });

  it('says why there is nothing for someone in no team', async () => {
    await renderForYou({
      getMyRecommendations: jest.fn().mockResolvedValue({
        items: [],
        totalCount: 0,
        newcomer: true,
        teams: [],
      }),
    });
    expect(
      await screen.findByText(/You are in no team in the catalog/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Browse learning material' }),
    ).toHaveAttribute('href', '/learning/all');
  });

  it('shows the error when suggestions cannot be read', async () => {
    await renderForYou({
      getMyRecommendations: jest
        .fn()
        .mockRejectedValue(new Error('Suggestions are down')),
    });
    expect(
      await screen.findByText('Error: Suggestions are down'),
    ).toBeInTheDocument();
  });
});
