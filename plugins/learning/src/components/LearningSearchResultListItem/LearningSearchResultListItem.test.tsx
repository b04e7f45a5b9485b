import { SearchContextProvider } from '@backstage/plugin-search-react';
import { searchApiRef } from '@backstage/plugin-search-react';
import { screen, within } from '@testing-library/react';
import {
  LearningEmbedSearchDocument,
  LearningResourceSearchDocument,
} from '@tech-learning/backstage-plugin-learning-common';
import { renderLearning } from '../../__testUtils__/render';
import { LearningSearchFilters } from './LearningSearchFilters';
import { LearningSearchResultListItem } from './LearningSearchResultListItem';

const course: LearningResourceSearchDocument = {
  title: 'Double-entry bookkeeping for engineers',
  text: 'Why every movement is two entries, and how the ledger keeps them balanced.',
  location: '/learning/resources/r1',
  kind: 'course',
  format: 'workshop',
  level: 'intermediate',
  durationMinutes: 90,
  tags: ['ledger'],
  owner: 'group:default/payments-team',
  teaches: ['component:default/ledger-service'],
  teachesTitles: ['ledger-service'],
  freshness: 'due',
  rating: 4.5,
  ratingCount: 6,
  learnerCount: 12,
};

const embed: LearningEmbedSearchDocument = {
  title: 'A week shadowing ledger on-call',
  text: 'Shadow the on-call engineer.',
  location: '/learning/embeds/e1',
  host: 'group:default/payments-team',
  status: 'open',
  skills: ['on-call'],
  entityRefs: ['component:default/ledger-service'],
  durationWeeks: 1,
  seats: 2,
  seatsTaken: 1,
};

describe('LearningSearchResultListItem', () => {
  it('shows a course with what it is, how fresh, how rated, and what it teaches', async () => {
    await renderLearning(<LearningSearchResultListItem result={course} />, {
      learningApi: {},
    });
    const link = screen.getByRole('link', {
      name: 'Double-entry bookkeeping for engineers',
    });
    expect(link).toHaveAttribute('href', '/learning/resources/r1');
    for (const chip of [
      'Course',
      'Workshop',
      'Intermediate',
      '1 h 30 min',
      'Due for review',
    ]) {
      expect(
        screen.getByText(chip, { selector: '.MuiChip-label' }),
      ).toBeInTheDocument();
    }
    expect(
      screen.getByLabelText('Rated 4.5 of 5 by 6 learners'),
    ).toBeInTheDocument();
    expect(screen.getByText('Teaches ledger-service')).toBeInTheDocument();
    expect(
      screen.getByText('Course', { selector: 'title' }),
    ).toBeInTheDocument();
  });

  it('marks what the search engine matched', async () => {
    await renderLearning(
      <LearningSearchResultListItem
        result={course}
        highlight={{
          preTag: '<<',
          postTag: '>>',
          fields: { title: 'Double-entry <<bookkeeping>> for engineers' },
        }}
      />,
      { learningApi: {} },
    );
    const link = screen.getByRole('link', {
      name: 'Double-entry bookkeeping for engineers',
    });
    expect(within(link).getByText('bookkeeping').tagName).toBe('MARK');
  });

  it('shows an embed with its host, dates and seats', async () => {
    await renderLearning(<LearningSearchResultListItem result={embed} />, {
      learningApi: {},
    });
    expect(
      screen.getByRole('link', { name: 'A week shadowing ledger on-call' }),
    ).toHaveAttribute('href', '/learning/embeds/e1');
    for (const chip of [
      'Embed',
      '1 week',
      'Flexible start',
      '1 of 2 seats left',
    ]) {
      expect(
        screen.getByText(chip, { selector: '.MuiChip-label' }),
      ).toBeInTheDocument();
    }
    expect(screen.getByText('Hosted by payments-team')).toBeInTheDocument();
  });

  it('shows nothing without a result', async () => {
    const { container } = await renderLearning(
      <LearningSearchResultListItem />,
      { learningApi: {} },
    );
    expect(container.textContent).toBe('');
  });
});

describe('LearningSearchFilters', () => {
  const searchApi = { query: jest.fn().mockResolvedValue({ results: [] }) };

  it('offers kind, format and level while learning results are shown', async () => {
    await renderLearning(
      <SearchContextProvider
        initialState={{ term: '', types: ['learning-resource'], filters: {} }}
      >
        <LearningSearchFilters />
      </SearchContextProvider>,
      { learningApi: {}, apis: [[searchApiRef, searchApi]] },
    );
    for (const label of ['Kind of material', 'Format', 'Level']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it('stays out of the way of other result types', async () => {
    await renderLearning(
      <SearchContextProvider
        initialState={{ term: '', types: ['software-catalog'], filters: {} }}
      >
        <LearningSearchFilters />
      </SearchContextProvider>,
      { learningApi: {}, apis: [[searchApiRef, searchApi]] },
    );
    expect(screen.queryByLabelText('Format')).toBeNull();
  });
});
