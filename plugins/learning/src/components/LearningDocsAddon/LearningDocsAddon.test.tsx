import { screen, within } from '@testing-library/react';
import { renderLearning } from '../../__testUtils__/render';
import { resource, summary } from '../../__testUtils__/fixtures';
import { LearningDocsAddon } from './LearningDocsAddon';

// The reader page's context says whose docs are shown; the rest is real.
jest.mock('@backstage/plugin-techdocs-react', () => ({
  ...jest.requireActual('@backstage/plugin-techdocs-react'),
  useTechDocsReaderPage: () => ({
    entityRef: {
      kind: 'Component',
      namespace: 'default',
      name: 'Payments-API',
    },
  }),
}));

describe('LearningDocsAddon', () => {
  it('shows the material that teaches the entity, with freshness when it needs review, and its SMEs', async () => {
    const getEntitySummary = jest.fn().mockResolvedValue({
      ...summary,
      items: [
        // linked through the system: after what teaches the entity itself
        summary.items[1],
        {
          ...summary.items[0],
          resource: resource({
            freshness: { state: 'due', reviewDueAt: '2026-11-01T00:00:00Z' },
          }),
        },
      ],
    });
    await renderLearning(<LearningDocsAddon />, {
      learningApi: { getEntitySummary },
    });
    const material = await screen.findByRole('list', { name: 'Material' });
    expect(getEntitySummary).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    const items = within(material).getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      expect.stringMatching(/^Payments 101Course · Live.*Due for review/),
      'Secure service checklistToolkit · Reading',
    ]);
    expect(
      within(items[0]).getByRole('link', { name: 'Payments 101' }),
    ).toHaveAttribute('href', '/learning/resources/r1');
    expect(screen.getByText('Experts')).toBeInTheDocument();
    expect(await screen.findByText('Alice Chen')).toBeInTheDocument();
  });

  it('lists five, and says how many more there are', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({
      ...summary.items[0],
      resource: resource({ id: `r${i}`, title: `Course ${i}` }),
    }));
    await renderLearning(<LearningDocsAddon />, {
      learningApi: {
        getEntitySummary: jest.fn().mockResolvedValue({ ...summary, items }),
      },
    });
    const material = await screen.findByRole('list', { name: 'Material' });
    expect(within(material).getAllByRole('listitem')).toHaveLength(5);
    expect(
      screen.getByText('And 2 more on its Learning tab.'),
    ).toBeInTheDocument();
  });

  it('says when nothing teaches the entity', async () => {
    await renderLearning(<LearningDocsAddon />, {
      learningApi: {
        getEntitySummary: jest
          .fn()
          .mockResolvedValue({ ...summary, items: [], smes: [] }),
      },
    });
    expect(
      await screen.findByText('No course or toolkit teaches this yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Experts')).toBeNull();
  });

  it('shows the error when the summary cannot be read', async () => {
    await renderLearning(<LearningDocsAddon />, {
      learningApi: {
        getEntitySummary: jest
          .fn()
          .mockRejectedValue(new Error('Backend away')),
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Learning material could not be loaded: Backend away',
    );
  });
});
