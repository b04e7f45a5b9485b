import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningEmbedApplication } from '@tech-learning/backstage-plugin-learning-common';
import { LearningApi } from '../../api';
import { embed } from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { LearningPage } from '../LearningPage';

const application = (
  fields: Partial<LearningEmbedApplication> = {},
): LearningEmbedApplication => ({
  id: 'a1',
  embedId: 'e1',
  applicantRef: 'user:default/alice-chen',
  state: 'pending',
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...fields,
});

function renderEmbed(
  learningApi: Partial<LearningApi>,
  authorize = AuthorizeResult.ALLOW as
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY,
) {
  return renderLearning(<LearningPage />, {
    learningApi: {
      getEmbed: jest.fn().mockResolvedValue(embed),
      getMyApplication: jest.fn().mockResolvedValue(undefined),
      listEmbedApplications: jest.fn().mockResolvedValue({ items: [] }),
      ...learningApi,
    },
    authorize,
    routeEntries: ['/embeds/e1'],
  });
}

describe('EmbedsTab', () => {
  it('lists the open embeds, and others on request', async () => {
    const listEmbeds = jest.fn().mockResolvedValue({
      items: [embed],
      totalCount: 1,
    });
    await renderLearning(<LearningPage />, {
      learningApi: { listEmbeds },
      routeEntries: ['/embeds'],
    });
    const link = await screen.findByRole('link', {
      name: 'Two weeks on payments',
    });
    expect(link).toHaveAttribute('href', '/learning/embeds/e1');
    expect(screen.getByText('1 of 2 seats left')).toBeInTheDocument();
    // the day as the browser's locale writes it
    expect(screen.getByText(/^From .*2027, 2 weeks$/)).toBeInTheDocument();
    expect(listEmbeds).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'open' }),
    );

    expect(
      screen.getByRole('button', { name: 'Post an embed' }),
    ).toHaveAttribute('href', '/learning/embeds/new');

    await userEvent.click(screen.getByRole('button', { name: /Status/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Any status' }));
    await waitFor(() =>
      expect(listEmbeds).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: undefined }),
      ),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Skill' }),
      'Kotlin',
    );
    fireEvent.change(screen.getByLabelText('Starting from'), {
      target: { value: '2027-01-01' },
    });
    await waitFor(() =>
      expect(listEmbeds).toHaveBeenLastCalledWith(
        expect.objectContaining({ skill: 'Kotlin', startsFrom: '2027-01-01' }),
      ),
    );
  });

  it('loads more embeds a page at a time', async () => {
    const listEmbeds = jest
      .fn()
      .mockResolvedValueOnce({
        items: [embed],
        totalCount: 2,
        nextCursor: 'c1',
      })
      .mockResolvedValueOnce({
        items: [{ ...embed, id: 'e2', title: 'A month on the ledger' }],
        totalCount: 2,
      });
    await renderLearning(<LearningPage />, {
      learningApi: { listEmbeds },
      routeEntries: ['/embeds'],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Load more' }),
    );
    expect(
      await screen.findByRole('link', { name: 'A month on the ledger' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Two weeks on payments' }),
    ).toBeInTheDocument();
    expect(listEmbeds).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'c1' }),
    );
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('has an empty and an error state', async () => {
    await renderLearning(<LearningPage />, {
      learningApi: {
        listEmbeds: jest.fn().mockResolvedValue({ items: [], totalCount: 0 }),
      },
      routeEntries: ['/embeds'],
    });
    expect(await screen.findByText(/No embed matches/)).toBeInTheDocument();
  });

  it('shows why embeds cannot be listed', async () => {
    await renderLearning(<LearningPage />, {
      learningApi: {
        listEmbeds: jest.fn().mockRejectedValue(new Error('backend down')),
      },
      routeEntries: ['/embeds'],
    });
    expect(await screen.findByText('Error: backend down')).toBeInTheDocument();
  });
});

describe('EmbedPage', () => {
  it('shows the embed and lets the user apply, then withdraw', async () => {
    const getMyApplication = jest
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(application({ message: 'I know TypeScript' }))
      .mockResolvedValue(application({ state: 'withdrawn' }));
    const applyToEmbed = jest.fn().mockResolvedValue(application());
    const withdrawApplication = jest
      .fn()
      .mockResolvedValue(application({ state: 'withdrawn' }));
    // the hosts' list follows: alice hosts the embed too
    const listEmbedApplications = jest
      .fn()
      .mockResolvedValueOnce({ items: [] })
      .mockResolvedValue({
        items: [application({ message: 'I know TypeScript' })],
      });
    await renderEmbed({
      getMyApplication,
      applyToEmbed,
      withdrawApplication,
      listEmbedApplications,
    });

    expect(
      await screen.findByText(
        /^From .*2027, 2 weeks · 1 of 2 seats left · remote possible$/,
      ),
    ).toBeInTheDocument();
    // safe markdown
    expect(screen.getByText('payments team').tagName).toBe('STRONG');
    expect(screen.getByText('Payments')).toBeInTheDocument();

    await userEvent.type(
      screen.getByLabelText('Why you, in a few words (optional)'),
      'I know TypeScript',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(applyToEmbed).toHaveBeenCalledWith('e1', 'I know TypeScript');
    expect(await screen.findByText(/your application is/)).toHaveTextContent(
      'pending',
    );
    const list = await screen.findByRole('list', { name: 'Applications' });
    expect(within(list).getByText('I know TypeScript')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Withdraw my application' }),
    );
    expect(withdrawApplication).toHaveBeenCalledWith('e1');
    expect(
      await screen.findByRole('button', { name: 'Apply' }),
    ).toBeInTheDocument();
  });

  it('shows the backend’s refusal at the action', async () => {
    await renderEmbed({
      applyToEmbed: jest
        .fn()
        .mockRejectedValue(new Error('Embed e1 is filled')),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Embed e1 is filled')).toBeInTheDocument();
  });

  it('lets the hosts accept and decline applications, and close the embed', async () => {
    const decideApplication = jest.fn().mockResolvedValue({});
    const closeEmbed = jest
      .fn()
      .mockResolvedValue({ ...embed, status: 'closed' });
    await renderEmbed({
      listEmbedApplications: jest.fn().mockResolvedValue({
        items: [
          application({
            applicantRef: 'user:default/bob-okafor',
            message: 'Keen to learn payments',
          }),
        ],
      }),
      decideApplication,
      closeEmbed,
    });
    const list = await screen.findByRole('list', { name: 'Applications' });
    expect(
      within(list).getByText('Keen to learn payments'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change' })).toHaveAttribute(
      'href',
      '/learning/embeds/e1/edit',
    );
    await userEvent.click(
      within(list).getByRole('button', {
        name: 'Accept user:default/bob-okafor',
      }),
    );
    expect(decideApplication).toHaveBeenCalledWith('e1', 'a1', 'accepted');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Close this embed' }),
    );
    expect(closeEmbed).toHaveBeenCalledWith('e1');
  });

  it('shows nobody but the hosts the applications', async () => {
    const listEmbedApplications = jest.fn();
    await renderEmbed({ listEmbedApplications }, AuthorizeResult.DENY);
    expect(
      await screen.findByText('You may not apply to this embed.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Applications')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Change' }),
    ).not.toBeInTheDocument();
    expect(listEmbedApplications).not.toHaveBeenCalled();
  });

  it('links a provider’s embed to its source, and offers no change', async () => {
    await renderEmbed({
      getEmbed: jest.fn().mockResolvedValue({
        ...embed,
        source: {
          type: 'provider',
          provider: 'yaml',
          location: 'https://git.example/learning.yaml',
        },
      }),
    });
    expect(
      await screen.findByRole('link', { name: /at its source/ }),
    ).toHaveAttribute('href', 'https://git.example/learning.yaml');
    expect(
      screen.queryByRole('button', { name: 'Change' }),
    ).not.toBeInTheDocument();
  });

  it('shows why an embed cannot be shown', async () => {
    await renderEmbed({
      getEmbed: jest.fn().mockRejectedValue(new Error('No embed with id e1')),
    });
    expect(
      await screen.findByText('Error: No embed with id e1'),
    ).toBeInTheDocument();
  });
});
