import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningLinkSuggestion } from '@tech-learning/backstage-plugin-learning-common';
import { LearningApi } from '../../api';
import { resource } from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { SuggestedByOthers } from './SuggestedByOthers';

function suggested(
  overrides: Partial<LearningLinkSuggestion> = {},
): LearningLinkSuggestion {
  const {
    description: _d,
    links: _l,
    ...summary
  } = resource({
    id: 'r9',
    title: 'Payments, my way',
    owner: 'user:default/sam-rivera',
  });
  return {
    id: 's1',
    resource: summary,
    entityRef: 'component:default/payments-api',
    relation: 'teaches',
    suggestedBy: 'user:default/sam-rivera',
    suggestedAt: '2026-12-07T09:00:00.000Z',
    mayReview: true,
    ...overrides,
  };
}

async function renderPart(learningApi: Partial<LearningApi>) {
  const onAccepted = jest.fn();
  await renderLearning(
    <SuggestedByOthers
      entityRef="component:default/payments-api"
      onAccepted={onAccepted}
    />,
    { learningApi },
  );
  return onAccepted;
}

const open = async () =>
  userEvent.click(
    await screen.findByRole('button', { name: /Suggested by others \(1\)/ }),
  );

describe('SuggestedByOthers', () => {
  it('takes no place when nobody suggested anything', async () => {
    const listLinkSuggestions = jest.fn().mockResolvedValue({ items: [] });
    await renderPart({ listLinkSuggestions });
    await waitFor(() =>
      expect(listLinkSuggestions).toHaveBeenCalledWith({
        entityRef: 'component:default/payments-api',
        limit: 100,
      }),
    );
    expect(screen.queryByText(/Suggested by others/)).toBeNull();
  });

  it('says what failed', async () => {
    await renderPart({
      listLinkSuggestions: jest.fn().mockRejectedValue(new Error('down')),
    });
    expect(
      await screen.findByText(
        'Could not load the material others suggested: down',
      ),
    ).toBeInTheDocument();
  });

  it('is collapsed, and shows readers no way to decide', async () => {
    await renderPart({
      listLinkSuggestions: jest
        .fn()
        .mockResolvedValue({ items: [suggested({ mayReview: false })] }),
    });
    expect(
      await screen.findByText(/not on this page until one of them accepts it/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Payments, my way')).toBeNull();
    await open();
    const item = await screen.findByRole('listitem', {
      name: 'Payments, my way',
    });
    expect(item).toHaveTextContent('Teaches, suggested by sam-rivera');
    expect(within(item).queryByRole('button')).toBeNull();
  });

  it('lets an owner accept, and has the material read again', async () => {
    const listLinkSuggestions = jest
      .fn()
      .mockResolvedValueOnce({ items: [suggested()] })
      .mockResolvedValue({ items: [] });
    const acceptLinkSuggestion = jest.fn().mockResolvedValue(resource());
    const onAccepted = await renderPart({
      listLinkSuggestions,
      acceptLinkSuggestion,
    });
    await open();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept Payments, my way' }),
    );
    expect(acceptLinkSuggestion).toHaveBeenCalledWith('s1');
    await waitFor(() => expect(onAccepted).toHaveBeenCalled());
    await waitFor(() =>
      expect(screen.queryByText(/Suggested by others/)).toBeNull(),
    );
  });

  it('lets an owner dismiss, and shows a refusal where it was asked', async () => {
    const dismissLinkSuggestion = jest
      .fn()
      .mockRejectedValue(new Error('was accepted or dismissed meanwhile'));
    const onAccepted = await renderPart({
      listLinkSuggestions: jest
        .fn()
        .mockResolvedValue({ items: [suggested()] }),
      dismissLinkSuggestion,
    });
    await open();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Dismiss Payments, my way' }),
    );
    const item = screen.getByRole('listitem', { name: 'Payments, my way' });
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'was accepted or dismissed meanwhile',
    );
    expect(onAccepted).not.toHaveBeenCalled();
  });
});
