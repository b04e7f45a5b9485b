import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  LearningCoverage,
  LearningDemand,
  LearningHealth,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { LearningPage } from '../LearningPage';
import { toCsv } from './figureTable';

const coverage: LearningCoverage = {
  total: {
    key: '',
    entities: 4,
    covered: 1,
    production: 3,
    productionCovered: 1,
    weightedCoverage: 0.3,
  },
  bySystem: [
    {
      key: 'system:default/payments',
      entities: 3,
      covered: 1,
      production: 2,
      productionCovered: 1,
      weightedCoverage: 0.429,
    },
    { key: '', entities: 1, covered: 0, production: 1, productionCovered: 0 },
  ],
  byOwner: [
    {
      key: 'group:default/payments-team',
      entities: 4,
      covered: 1,
      production: 3,
      productionCovered: 1,
      weightedCoverage: 0.3,
    },
  ],
  byLifecycle: [
    {
      key: 'production',
      entities: 3,
      covered: 1,
      production: 3,
      productionCovered: 1,
      weightedCoverage: 0.333,
    },
  ],
  debt: {
    items: [
      {
        entityRef: 'api:default/ledger-events',
        kind: 'api',
        ownerRef: 'group:default/payments-team',
        systemRef: 'system:default/payments',
        lifecycle: 'production',
        dependents: 2,
        views: 7,
      },
    ],
    totalItems: 2,
    nextCursor: 'c1',
  },
  catalogReadAt: '2026-12-07T10:00:00.000Z',
};

const secondPage: LearningCoverage = {
  ...coverage,
  debt: {
    items: [
      {
        entityRef: 'component:default/fraud-detector',
        kind: 'component',
        ownerRef: 'group:default/payments-team',
        lifecycle: 'experimental',
        dependents: 0,
        views: 1,
      },
    ],
    totalItems: 2,
  },
};

const health: LearningHealth = {
  freshness: [
    { week: '2026-11-30', fresh: 5, due: 1, possiblyOutdated: 0, broken: 0 },
    { week: '2026-12-07', fresh: 4, due: 2, possiblyOutdated: 1, broken: 0 },
  ],
  reviewWaits: {
    reviews: 3,
    medianDays: 4,
    p90Days: 12.5,
    waitingNow: 2,
    longestWaitingDays: 20,
  },
  smeLoad: [
    {
      userRef: 'user:default/bob-okafor',
      resources: 4,
      reviewsDue: 2,
      openQuestions: 1,
      sessions: 3,
    },
  ],
  lowestRated: [],
};

const demand: LearningDemand = {
  weeks: 12,
  activity: [
    {
      week: '2026-11-30',
      format: 'video',
      kind: 'course',
      enrolments: 9,
      completions: 6,
    },
    { week: '2026-12-07', format: 'video', kind: 'course', enrolments: 5 },
  ],
  searchMisses: [
    { query: 'kafka, "streams"', searches: 8, lastSearched: '2026-12-07' },
  ],
  emptyPages: [],
};

function api(overrides: Partial<LearningApi> = {}): Partial<LearningApi> {
  return {
    getInsightsCoverage: jest.fn(async request =>
      request?.cursor ? secondPage : coverage,
    ),
    getInsightsHealth: jest.fn().mockResolvedValue(health),
    getInsightsDemand: jest.fn().mockResolvedValue(demand),
    ...overrides,
  };
}

const renderInsights = (
  learningApi: Partial<LearningApi>,
  authorize = AuthorizeResult.ALLOW as
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY,
) =>
  renderLearning(<LearningPage />, {
    learningApi: {
      getMyRecommendations: jest
        .fn()
        .mockResolvedValue({ items: [], totalItems: 0 }),
      ...learningApi,
    },
    authorize,
    routeEntries: ['/insights'],
  });

/** The text of each cell of a table, row by row, the header first. */
function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map(row =>
      [...row.querySelectorAll('th, td')].map(cell => cell.textContent ?? ''),
    );
}

describe('Insights', () => {
  let saved: Blob[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
  });

  it('shows coverage, the learning debt and a way to add material', async () => {
    const learningApi = api();
    await renderInsights(learningApi);
    expect(
      await screen.findByText(/1 of 4 components and APIs have material/),
    ).toBeInTheDocument();
    const debt = screen.getByRole('table', {
      name: 'Learning debt: 2 without material',
    });
    expect(debt).toHaveTextContent('ledger-events');
    expect(
      within(debt).getByRole('link', {
        name: 'Add material that teaches ledger-events',
      }),
    ).toHaveAttribute(
      'href',
      `/learning/new?entity=${encodeURIComponent('api:default/ledger-events')}`,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(debt).findByText(/fraud-detector/)).toBeInTheDocument();
    expect(learningApi.getInsightsCoverage).toHaveBeenCalledWith(
      expect.objectContaining({ cursor: 'c1', limit: 20 }),
    );
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('filters coverage by owner', async () => {
    const learningApi = api();
    await renderInsights(learningApi);
    await screen.findByText(/1 of 4 components/);
    await userEvent.click(screen.getByLabelText('Owner'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'payments-team' }),
    );
    await waitFor(() =>
      expect(learningApi.getInsightsCoverage).toHaveBeenCalledWith({
        owner: 'group:default/payments-team',
        system: undefined,
        kind: undefined,
        lifecycle: undefined,
        limit: 20,
      }),
    );
  });

  it('shows each chart’s numbers as a table, and a CSV that matches it', async () => {
    await renderInsights(api());
    const figure = (
      await screen.findByText('Enrolments per week, by format')
    ).closest('figure') as HTMLElement;
    await userEvent.click(
      within(figure).getByRole('button', { name: 'Show table' }),
    );
    const table = within(figure).getByRole('table', {
      name: 'Enrolments per week, by format: the numbers',
    });
    // a cell of fewer than 5 people is withheld, in the table and the CSV
    expect(cellsOf(table)).toEqual([
      ['Week of', 'Format', 'Kind', 'Enrolments', 'Completions'],
      ['2026-11-30', 'video', 'course', '9', '6'],
      ['2026-12-07', 'video', 'course', '5', 'fewer than 5'],
    ]);
    await userEvent.click(
      within(figure).getByRole('button', {
        name: 'Download Enrolments per week, by format: the numbers as CSV',
      }),
    );
    expect(saved).toHaveLength(1);
    const csv = await saved[0].text();
    expect(
      csv
        .split('\r\n')
        .filter(Boolean)
        .map(l => l.split(',')),
    ).toEqual(cellsOf(table));
  });

  it('downloads every page of the learning debt, quoting what needs it', async () => {
    const learningApi = api();
    await renderInsights(learningApi);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Download Learning debt: 2 without material as CSV',
      }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    const lines = (await saved[0].text()).split('\r\n');
    expect(lines[1]).toContain('api:default/ledger-events');
    expect(lines[2]).toContain('component:default/fraud-detector');

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Download Searches that found nothing as CSV',
      }),
    );
    expect(await saved[1].text()).toBe(
      'Search,Times searched,Last searched\r\n"kafka, ""streams""",8,2026-12-07\r\n',
    );
  });

  it('says what the health figures mean, and what is empty', async () => {
    await renderInsights(api());
    expect(
      await screen.findByText(
        /half waited 4 days or less, and nine in ten 12.5 days/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/2 wait now, the longest for 20 days/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No material has been rated by 5 people or more yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Every entity page opened had material to show.'),
    ).toBeInTheDocument();
  });

  it('says what could not be loaded', async () => {
    await renderInsights(
      api({
        getInsightsCoverage: jest
          .fn()
          .mockRejectedValue(new Error('the catalog is away')),
      }),
    );
    expect(
      await screen.findByText(
        'Could not load the coverage: the catalog is away',
      ),
    ).toBeInTheDocument();
  });

  it('is not a tab for those who may not read insights', async () => {
    await renderInsights(api(), AuthorizeResult.DENY);
    expect(
      await screen.findByRole('tab', { name: 'For you' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Insights' }),
    ).not.toBeInTheDocument();
  });
});

describe('toCsv', () => {
  it('never lets a spreadsheet read a cell as a formula', () => {
    expect(
      toCsv([{ title: 'Search', value: (r: string) => r }], ['=1+1', '@x']),
    ).toBe("Search\r\n'=1+1\r\n'@x\r\n");
  });
});
