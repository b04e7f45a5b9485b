import { identityApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { LearningApi } from '../../api';
import { embed } from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { LearningPage } from '../LearningPage';
import { refusal } from '../../__testUtils__/refusals';

const userEvent = userEventModule.setup();

/** Puts text in a field as a paste (typing key by key is slow on CI). */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.clear(field);
  await userEvent.paste(text);
}

const identity = mockApis.identity({
  userEntityRef: 'user:default/alice-chen',
  ownershipEntityRefs: [
    'user:default/alice-chen',
    'group:default/payments-team',
  ],
});

function renderAt(
  path: string,
  learningApi: Partial<LearningApi>,
  authorize:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return renderLearning(
    <Routes>
      <Route path="/learning/*" element={<LearningPage />} />
    </Routes>,
    {
      learningApi: {
        // what the embed page reads after a save
        getMyApplication: jest.fn().mockResolvedValue(undefined),
        listEmbedApplications: jest.fn().mockResolvedValue({ items: [] }),
        ...learningApi,
      },
      authorize,
      routeEntries: [`/learning${path}`],
      apis: [[identityApiRef, identity]],
    },
  );
}

describe('EmbedForm', () => {
  it('posts an embed hosted by the user’s team, linked to the entity it came from', async () => {
    const createEmbed = jest.fn(async input => ({
      ...embed,
      ...input,
      id: 'new1',
    }));
    const getEmbed = jest.fn().mockResolvedValue({ ...embed, id: 'new1' });
    await renderAt('/embeds/new?entity=component:default/payments-api', {
      createEmbed,
      getEmbed,
    });
    const form = await screen.findByRole('form', { name: 'New embed' });
    // the host defaults to the user's team, shown by name
    expect(
      await within(form).findByDisplayValue(
        'Payments (group:default/payments-team)',
      ),
    ).toBeInTheDocument();
    await fill(
      within(form).getByRole('textbox', { name: /^Title/ }),
      'Four weeks on the ledger',
    );
    await fill(
      within(form).getByRole('textbox', { name: /^Summary/ }),
      'Post entries with the team',
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Skills taught' }),
      'Kafka{enter}Kafka{enter}',
    );
    await fill(within(form).getByLabelText('Starts on'), '2027-03-01');
    await fill(within(form).getByRole('spinbutton', { name: /^Seats/ }), '3');
    await fill(
      within(form).getByRole('textbox', { name: 'Contact' }),
      ' #ledger ',
    );
    await userEvent.click(
      within(form).getByRole('button', { name: 'Post the embed' }),
    );

    await waitFor(() => expect(createEmbed).toHaveBeenCalledTimes(1));
    expect(createEmbed).toHaveBeenCalledWith({
      title: 'Four weeks on the ledger',
      summary: 'Post entries with the team',
      host: 'group:default/payments-team',
      links: [
        { entityRef: 'component:default/payments-api', relation: 'teaches' },
      ],
      skillsWanted: [],
      skillsTaught: ['Kafka'],
      startsOn: '2027-03-01',
      durationWeeks: 4,
      seats: 3,
      remote: true,
      contact: '#ledger',
    });
    // then the new embed's page
    expect(await screen.findByText('About this embed')).toBeInTheDocument();
    expect(getEmbed).toHaveBeenCalledWith('new1');
  });

  it('says what is wrong before asking the backend, and shows the backend’s problems at their fields', async () => {
    const createEmbed = jest.fn().mockRejectedValue(await refusal('embedHost'));
    await renderAt('/embeds/new', { createEmbed });
    const form = await screen.findByRole('form', { name: 'New embed' });
    await within(form).findByDisplayValue(/Payments/);
    await fill(within(form).getByRole('spinbutton', { name: /^Seats/ }), '0');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Post the embed' }),
    );
    expect(await screen.findByText('A title is required')).toBeInTheDocument();
    expect(
      screen.getByText('A whole number from 1 to 100'),
    ).toBeInTheDocument();
    expect(createEmbed).not.toHaveBeenCalled();

    await fill(within(form).getByRole('textbox', { name: /^Title/ }), 'T');
    await fill(within(form).getByRole('textbox', { name: /^Summary/ }), 'S');
    await fill(within(form).getByRole('spinbutton', { name: /^Seats/ }), '1');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Post the embed' }),
    );
    expect(
      await screen.findByText(
        'you could not manage this embed once posted: post it for a group you belong to',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Some fields need your attention.'),
    ).toBeInTheDocument();
  });

  it('changes an embed, clearing emptied fields, never below the seats taken', async () => {
    const updateEmbed = jest.fn(async (_id, patch) => ({ ...embed, ...patch }));
    const getEmbed = jest
      .fn()
      .mockResolvedValue({ ...embed, contact: '#payments', seatsTaken: 2 });
    await renderAt('/embeds/e1/edit', { getEmbed, updateEmbed });
    const form = await screen.findByRole('form', { name: 'Change the embed' });
    expect(within(form).getByRole('textbox', { name: /^Title/ })).toHaveValue(
      embed.title,
    );
    // the host does not change
    expect(
      within(form).getByRole('textbox', { name: /Host team/ }),
    ).toBeDisabled();
    await fill(within(form).getByRole('spinbutton', { name: /^Seats/ }), '1');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save changes' }),
    );
    expect(
      await screen.findByText('2 seats are taken: no fewer than that'),
    ).toBeInTheDocument();
    expect(updateEmbed).not.toHaveBeenCalled();

    await fill(within(form).getByRole('spinbutton', { name: /^Seats/ }), '4');
    await userEvent.clear(
      within(form).getByRole('textbox', { name: 'Contact' }),
    );
    await userEvent.clear(within(form).getByLabelText('Starts on'));
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save changes' }),
    );
    await waitFor(() => expect(updateEmbed).toHaveBeenCalledTimes(1));
    expect(updateEmbed).toHaveBeenCalledWith(
      'e1',
      expect.objectContaining({
        seats: 4,
        contact: null,
        startsOn: null,
        description: embed.description,
        links: embed.links,
      }),
    );
    expect(updateEmbed.mock.calls[0][1]).not.toHaveProperty('host');
  });

  it('tells those who may not post or change embeds so', async () => {
    await renderAt('/embeds/new', {}, AuthorizeResult.DENY);
    expect(
      await screen.findByText(/You may not post embeds/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('does not offer to change a provider’s embed', async () => {
    await renderAt('/embeds/e1/edit', {
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
      await screen.findByRole('link', { name: 'its source' }),
    ).toHaveAttribute('href', 'https://git.example/learning.yaml');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('does not offer to change a closed embed', async () => {
    await renderAt('/embeds/e1/edit', {
      getEmbed: jest.fn().mockResolvedValue({ ...embed, status: 'closed' }),
    });
    expect(
      await screen.findByText('This embed is closed: it no longer changes.'),
    ).toBeInTheDocument();
  });
});
