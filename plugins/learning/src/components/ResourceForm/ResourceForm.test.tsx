import { identityApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { LearningApi } from '../../api';
import { learningTogetherReads, resource } from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { Route, Routes } from 'react-router-dom';
import { LearningPage } from '../LearningPage';
import { refusal } from '../../__testUtils__/refusals';

const userEvent = userEventModule.setup();

/**
 * Puts text in a field as a paste: the form re-renders on each change, and
 * typing long values key by key makes these tests slow on CI.
 */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const identity = mockApis.identity({
  userEntityRef: 'user:default/alice-chen',
});

function renderAt(
  path: string,
  learningApi: Partial<LearningApi>,
  authorize:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  // mounted where the app mounts it, so that saving can go to the new page
  return renderLearning(
    <Routes>
      <Route path="/learning/*" element={<LearningPage />} />
    </Routes>,
    {
      learningApi,
      authorize,
      routeEntries: [`/learning${path}`],
      apis: [[identityApiRef, identity]],
    },
  );
}

/** What the resource page reads after a save. */
const pageReads: Partial<LearningApi> = {
  ...learningTogetherReads,
  getMyEnrolment: jest.fn().mockResolvedValue(undefined),
  listFeedback: jest
    .fn()
    .mockResolvedValue({ items: [], rating: { count: 0 }, totalCount: 0 }),
  listSessions: jest.fn().mockResolvedValue({ items: [] }),
  getRelatedResources: jest.fn().mockResolvedValue({ items: [] }),
};

async function pick(label: string, option: RegExp) {
  await userEvent.click(screen.getByRole('textbox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('ResourceForm', () => {
  it('creates a course linked to the entity it came from, owned by the user', async () => {
    const createResource = jest.fn(async input =>
      resource({ ...input, id: 'new1' }),
    );
    const getResource = jest.fn().mockResolvedValue(resource({ id: 'new1' }));
    await renderAt('/new?entity=component:default/payments-api&relation=uses', {
      createResource,
      getResource,
      ...pageReads,
    });
    const form = await screen.findByRole('form', {
      name: 'New learning material',
    });
    // the owner defaults to the signed-in user, shown by name
    expect(
      await within(form).findByDisplayValue(
        'Alice Chen (user:default/alice-chen)',
      ),
    ).toBeInTheDocument();
    await fill(
      within(form).getByRole('textbox', { name: 'Title' }),
      'Ledger deep dive',
    );
    await fill(
      within(form).getByRole('textbox', { name: /^Summary/ }),
      'How the ledger posts entries',
    );
    await fill(
      within(form).getByRole('textbox', { name: /^Description/ }),
      'Read **this**',
    );
    await fill(
      within(form).getByRole('spinbutton', { name: 'Duration (minutes)' }),
      '45',
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Tags' }),
      'Ledger{enter}',
    );
    await pick('Subject-matter experts', /Bob Okafor/);
    await userEvent.click(
      within(form).getByRole('button', { name: 'Add a link' }),
    );
    await fill(
      within(form).getByRole('textbox', { name: /^Link 1 URL/ }),
      'https://learning.example/ledger',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(createResource).toHaveBeenCalledTimes(1));
    expect(createResource).toHaveBeenCalledWith({
      kind: 'course',
      title: 'Ledger deep dive',
      summary: 'How the ledger posts entries',
      description: 'Read **this**',
      format: 'self-paced',
      level: 'beginner',
      durationMinutes: 45,
      language: 'en',
      tags: ['ledger'],
      urls: [{ url: 'https://learning.example/ledger' }],
      owner: 'user:default/alice-chen',
      smes: ['user:default/bob-okafor'],
      docs: [],
      links: [
        { entityRef: 'component:default/payments-api', relation: 'uses' },
      ],
      steps: [],
    });
    // then the new resource's page
    expect(await screen.findByText('What you will learn')).toBeInTheDocument();
    expect(getResource).toHaveBeenCalledWith('new1');
  });

  it('says what is missing before asking the backend', async () => {
    const createResource = jest.fn();
    await renderAt('/new', { createResource });
    const form = await screen.findByRole('form', {
      name: 'New learning material',
    });
    await userEvent.click(
      within(form).getByRole('button', { name: 'Add a link' }),
    );
    await fill(
      within(form).getByRole('textbox', { name: /^Link 1 URL/ }),
      // a script URL, which the form must refuse
      // eslint-disable-next-line no-script-url
      'javascript:alert(1)',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('A title is required')).toBeInTheDocument();
    expect(screen.getByText('A summary is required')).toBeInTheDocument();
    expect(
      screen.getByText('Link 1: must be an http or https URL'),
    ).toBeInTheDocument();
    expect(createResource).not.toHaveBeenCalled();
    // fixing a field clears its message, and only its own
    await fill(within(form).getByRole('textbox', { name: /^Title/ }), 'T');
    expect(screen.queryByText('A title is required')).not.toBeInTheDocument();
    expect(screen.getByText('A summary is required')).toBeInTheDocument();
  });

  it('shows each of the backend’s problems at its field', async () => {
    const createResource = jest
      .fn()
      .mockRejectedValueOnce(await refusal('resource'))
      .mockRejectedValueOnce(await refusal('resourceRefs'));
    await renderAt('/new?entity=component:default/gone', { createResource });
    const form = await screen.findByRole('form', {
      name: 'New learning material',
    });
    await within(form).findByDisplayValue(/Alice Chen/);
    await fill(within(form).getByRole('textbox', { name: 'Title' }), 'T');
    await fill(within(form).getByRole('textbox', { name: /^Summary/ }), 'S');
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    // the spec's limits
    expect(
      await screen.findByText('must NOT have more than 200 characters'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('must NOT have more than 16 characters'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('0: must NOT have more than 64 characters'),
    ).toBeInTheDocument();
    // the catalog's, on the next try
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect(
      await screen.findByText(
        'group:default/nobody is not in the catalog, or you may not see it',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '0.entityRef: component:default/gone is not in the catalog, or you may not see it',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Some fields need your attention.'),
    ).toBeInTheDocument();
    // the form stays, with what the user typed
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'T',
    );
  });

  it('edits a path: its steps in order, without its links', async () => {
    const path = resource({
      id: 'p1',
      kind: 'path',
      title: 'Payments path',
      steps: ['r1', 'r2'],
      links: [
        { entityRef: 'component:default/payments-api', relation: 'teaches' },
      ],
      durationMinutes: 240,
      reviewIntervalDays: 180,
    });
    const byId: Record<string, ReturnType<typeof resource>> = {
      p1: path,
      r1: resource(),
      r2: resource({ id: 'r2', title: 'Kafka bootcamp' }),
    };
    const updateResource = jest.fn(async (_id, patch) => ({
      ...path,
      ...patch,
    }));
    await renderAt('/resources/p1/edit', {
      getResource: jest.fn(async id => byId[id]),
      updateResource,
      listResources: jest
        .fn()
        .mockResolvedValue({ items: Object.values(byId), totalCount: 3 }),
      ...pageReads,
    });
    const form = await screen.findByRole('form', {
      name: 'Edit learning material',
    });
    expect(within(form).getByText('1. Payments 101')).toBeInTheDocument();
    expect(within(form).getByText('2. Kafka bootcamp')).toBeInTheDocument();
    await userEvent.click(
      within(form).getByRole('button', { name: 'Move step 2 up' }),
    );
    // emptying an optional field clears it; the other stays
    const duration = within(form).getByLabelText('Duration (minutes)');
    expect(duration).toHaveValue(240);
    await userEvent.clear(duration);
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save changes' }),
    );
    await waitFor(() => expect(updateResource).toHaveBeenCalledTimes(1));
    const [id, patch] = updateResource.mock.calls[0];
    expect(id).toBe('p1');
    expect(patch.steps).toEqual(['r2', 'r1']);
    expect(patch).not.toHaveProperty('links');
    expect(patch.title).toBe('Payments path');
    expect(patch.durationMinutes).toBeNull();
    expect(patch.reviewIntervalDays).toBe(180);
  });

  it('refuses to edit for those who may not, and provider material', async () => {
    await renderAt(
      '/resources/r1/edit',
      { getResource: jest.fn().mockResolvedValue(resource()) },
      AuthorizeResult.DENY,
    );
    expect(
      await screen.findByText(
        'Only the owners and subject-matter experts of this material may edit it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('tells a user who may not create so', async () => {
    await renderAt('/new', {}, AuthorizeResult.DENY);
    expect(
      await screen.findByText(/You may not create learning material/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
