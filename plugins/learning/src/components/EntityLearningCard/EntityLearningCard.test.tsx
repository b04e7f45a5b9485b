import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { embed, paymentsApi, summary } from '../../__testUtils__/fixtures';
import {
  EntityLearningCard,
  EntityLearningCardProps,
} from './EntityLearningCard';

function renderCard(
  api: Partial<LearningApi>,
  props: EntityLearningCardProps = {},
) {
  return renderLearning(
    <EntityProvider entity={paymentsApi}>
      <EntityLearningCard {...props} />
    </EntityProvider>,
    { learningApi: api },
  );
}

describe('EntityLearningCard', () => {
  it('says how many of the viewer’s group are taking an item now', async () => {
    const getLearningWithYou = jest.fn().mockResolvedValue({
      minimumLearners: 5,
      items: [
        {
          resourceId: 'r1',
          groupRef: 'group:default/engineering',
          groupName: 'Engineering',
          taking: 7,
        },
      ],
    });
    await renderCard({
      getEntitySummary: jest.fn().mockResolvedValue(summary),
      getLearningWithYou,
    });
    expect(
      await screen.findByText('7 people in Engineering are taking this now'),
    ).toBeInTheDocument();
    // one request for the card's items, after the summary
    expect(getLearningWithYou).toHaveBeenCalledTimes(1);
    expect(getLearningWithYou.mock.calls[0][0]).toContain('r1');
  });

  it('does without who is learning with you when it cannot be read', async () => {
    await renderCard({
      getEntitySummary: jest.fn().mockResolvedValue(summary),
      getLearningWithYou: jest.fn().mockRejectedValue(new Error('down')),
    });
    expect(await screen.findByText('Payments 101')).toBeInTheDocument();
    expect(screen.queryByText(/taking this now/)).toBeNull();
  });

  it('shows the material, SMEs and docs of the entity', async () => {
    const getEntitySummary = jest.fn().mockResolvedValue(summary);
    await renderCard({ getEntitySummary });

    expect(await screen.findByText('Payments 101')).toBeInTheDocument();
    expect(getEntitySummary).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    expect(screen.getByText('Payments 101').closest('a')).toHaveAttribute(
      'href',
      '/learning/resources/r1',
    );
    expect(screen.getByText('Secure service checklist')).toBeInTheDocument();
    expect(screen.getByText('For its system')).toBeInTheDocument();
    expect(screen.getByText('1 h 30 min')).toBeInTheDocument();
    expect(screen.getByText('Subject-matter experts')).toBeInTheDocument();
    // names and avatars from the catalog
    const experts = await screen.findByRole('list', {
      name: 'Subject-matter experts',
    });
    expect(
      within(experts).getByRole('link', { name: 'Alice Chen' }),
    ).toHaveAttribute('href', '/catalog/default/user/alice-chen');
    expect(
      within(experts).getByRole('link', { name: 'Bob Okafor' }),
    ).toBeInTheDocument();
    expect(within(experts).getByText('AC')).toBeInTheDocument();
    // counts and ratings
    expect(
      screen.getByText(
        'Completed 7 times across the material that teaches this.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('12 learners, 7 completed')).toBeInTheDocument();
    expect(
      screen.getByLabelText('Rated 4.5 of 5 by 6 learners'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not rated yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Idempotency' })).toHaveAttribute(
      'href',
      '/docs/default/component/payments-api/idempotency/',
    );
  });

  it('shows the viewer’s own progress and material that needs a review', async () => {
    const [first, second] = summary.items;
    await renderCard({
      getEntitySummary: jest.fn().mockResolvedValue({
        ...summary,
        items: [
          {
            ...first,
            myEnrolment: {
              resourceId: 'r1',
              userRef: 'user:default/alice-chen',
              state: 'in-progress',
              progress: 40,
              enrolledAt: '2026-11-02T00:00:00.000Z',
              updatedAt: '2026-11-02T00:00:00.000Z',
            },
          },
          {
            ...second,
            resource: { ...second.resource, freshness: { state: 'due' } },
          },
        ],
      }),
    });
    expect(
      await screen.findByRole('progressbar', { name: 'You: in progress, 40%' }),
    ).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('Due for review')).toBeInTheDocument();
    // a fresh resource carries no badge
    expect(screen.queryByText('Fresh')).not.toBeInTheDocument();
  });

  it('says how many more there are beyond maxItems', async () => {
    await renderCard(
      { getEntitySummary: jest.fn().mockResolvedValue(summary) },
      { maxItems: 1 },
    );
    expect(await screen.findByText('Payments 101')).toBeInTheDocument();
    expect(
      screen.queryByText('Secure service checklist'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('and 1 more in the Learning tab.'),
    ).toBeInTheDocument();
  });

  it('shows the open embeds that work on the entity, also without material', async () => {
    const embeds = [
      { embed, via: 'entity' },
      {
        embed: { ...embed, id: 'e2', title: 'A month on the ledger' },
        via: 'system',
      },
    ];
    await renderCard(
      {
        getEntitySummary: jest.fn().mockResolvedValue({
          ...summary,
          items: [],
          smes: [],
          docs: [],
          embeds,
        }),
      },
      { maxItems: 1 },
    );
    const list = await screen.findByRole('list', { name: 'Open embeds' });
    expect(
      within(list).getByRole('link', { name: 'Two weeks on payments' }),
    ).toHaveAttribute('href', '/learning/embeds/e1');
    expect(within(list).getByText(/1 of 2 seats left/)).toBeInTheDocument();
    expect(
      screen.getByText(/No courses, toolkits or learning paths teach/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('and 1 more in the Learning tab.'),
    ).toBeInTheDocument();
  });

  it('renders nothing on an entity without material, unless told to', async () => {
    const empty = { ...summary, items: [], smes: [], docs: [] };
    const getEntitySummary = jest.fn().mockResolvedValue(empty);
    await renderCard({ getEntitySummary });
    await waitFor(() => expect(getEntitySummary).toHaveBeenCalled());
    await waitFor(() =>
      expect(screen.queryByText('Learning')).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('invites owners to add material when there is none', async () => {
    await renderCard(
      {
        getEntitySummary: jest.fn().mockResolvedValue({
          ...summary,
          items: [],
          smes: [],
          docs: [],
        }),
      },
      { showWhenEmpty: true },
    );
    expect(
      await screen.findByText(/No courses, toolkits or learning paths/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'learning catalog' }),
    ).toHaveAttribute('href', '/learning');
  });

  it('shows the error when the backend fails', async () => {
    await renderCard({
      getEntitySummary: jest
        .fn()
        .mockRejectedValue(new Error('learning backend is down')),
    });
    expect(
      await screen.findByText('Error: learning backend is down'),
    ).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderCard({ getEntitySummary: () => new Promise(() => {}) });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
