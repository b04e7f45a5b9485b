import { screen } from '@testing-library/react';
import { renderLearning } from '../../__testUtils__/render';
import { suggestion } from '../../__testUtils__/fixtures';
import { LearningForYouContent } from './LearningForYouContent';

describe('LearningForYouContent', () => {
  it('shows the best suggestions with why, and links to the rest', async () => {
    const getMyRecommendations = jest.fn().mockResolvedValue({
      items: [
        suggestion({ id: 'l1', title: 'Ledger deep dive' }, [
          {
            type: 'group',
            entityRef: 'group:default/engineering',
            learners: 12,
            message: 'Popular in Engineering',
          },
        ]),
      ],
      totalCount: 1,
      newcomer: false,
    });
    await renderLearning(<LearningForYouContent limit={3} />, {
      learningApi: { getMyRecommendations },
    });
    expect(await screen.findByText('Ledger deep dive')).toBeInTheDocument();
    expect(screen.getByText('Popular in Engineering')).toBeInTheDocument();
    expect(getMyRecommendations).toHaveBeenCalledWith({ limit: 3 });
    expect(
      screen.getByRole('link', { name: 'All suggestions' }),
    ).toHaveAttribute('href', '/learning');
  });

  it('offers a newcomer the path of their team', async () => {
    await renderLearning(<LearningForYouContent />, {
      learningApi: {
        getMyRecommendations: jest.fn().mockResolvedValue({
          items: [],
          totalCount: 0,
          newcomer: true,
          onboarding: suggestion(
            { id: 'p1', kind: 'path', title: 'Payments onboarding' },
            [],
          ),
        }),
      },
    });
    expect(await screen.findByText('Payments onboarding')).toBeInTheDocument();
  });

  it('says when there is nothing', async () => {
    await renderLearning(<LearningForYouContent />, {
      learningApi: {
        getMyRecommendations: jest
          .fn()
          .mockResolvedValue({ items: [], totalCount: 0, newcomer: true }),
      },
    });
    expect(
      await screen.findByText(/Nothing to suggest yet/),
    ).toBeInTheDocument();
  });

  it('shows the error', async () => {
    await renderLearning(<LearningForYouContent />, {
      learningApi: {
        getMyRecommendations: jest.fn().mockRejectedValue(new Error('Down')),
      },
    });
    expect(
      await screen.findByText('Could not load your suggestions: Down'),
    ).toBeInTheDocument();
  });
});
