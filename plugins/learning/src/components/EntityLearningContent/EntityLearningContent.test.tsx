import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningApi } from '../../api';
import {
  embed,
  paymentsApi,
  resource,
  summary,
  learningTogetherReads,
} from '../../__testUtils__/fixtures';
import { renderLearning } from '../../__testUtils__/render';
import { EntityLearningContent } from './EntityLearningContent';
import { refusal } from '../../__testUtils__/refusals';

const path = resource({
  id: 'p1',
  kind: 'path',
  title: 'Payments engineer path',
  steps: ['r1', 'elsewhere'],
});

function api(overrides: Partial<LearningApi> = {}): Partial<LearningApi> {
  return {
    ...learningTogetherReads,
    getEntitySummary: jest.fn().mockResolvedValue({
      ...summary,
      embeds: [
        {
          embed: { ...embed, startsOn: undefined, seats: 1, seatsTaken: 0 },
          via: 'entity',
        },
        {
          embed: { ...embed, id: 'e2', title: 'A month on the ledger' },
          via: 'system',
        },
      ],
    }),
    listSessions: jest.fn().mockResolvedValue({
      items: [
        {
          id: 's-past',
          resourceId: 'r1',
          startsAt: '2020-01-10T09:00:00.000Z',
          endsAt: '2020-01-10T12:00:00.000Z',
          seats: 10,
          seatsTaken: 10,
        },
        {
          id: 's1',
          resourceId: 'r1',
          startsAt: '2099-01-10T09:00:00.000Z',
          endsAt: '2099-01-10T12:00:00.000Z',
          seats: 10,
          seatsTaken: 3,
          location: 'Room 4',
        },
      ],
    }),
    // the paths with a step linked to the entity, and to its system
    listResources: jest.fn(async ({ stepEntityRef }: any) => {
      const items =
        stepEntityRef === 'component:default/payments-api'
          ? [path]
          : [
              path,
              resource({
                id: 'p3',
                kind: 'path',
                title: 'Security path',
                steps: ['r2'],
              }),
            ];
      return { items, totalCount: items.length };
    }),
    addLink: jest
      .fn()
      .mockResolvedValue({ type: 'linked', resource: resource() }),
    listSources: jest.fn().mockResolvedValue({ items: [] }),
    refreshSources: jest.fn().mockResolvedValue(undefined),
    listExperts: jest.fn().mockResolvedValue({
      items: [
        {
          ref: 'user:default/bob-okafor',
          score: 3,
          reasons: [
            {
              type: 'sme',
              resourceId: 'r1',
              resourceTitle: 'Payments 101',
              message: 'SME of Payments 101',
            },
          ],
        },
        {
          ref: 'group:default/payments-team',
          score: 2.5,
          reasons: [
            {
              type: 'entity-owner',
              entityRef: 'component:default/payments-api',
              message: 'Owns payments-api',
            },
          ],
        },
      ],
    }),
    ...overrides,
  };
}

function renderContent(
  learningApi: Partial<LearningApi>,
  authorize:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.DENY,
) {
  return renderLearning(
    <EntityProvider entity={paymentsApi}>
      <EntityLearningContent />
    </EntityProvider>,
    { learningApi, authorize },
  );
}

describe('EntityLearningContent', () => {
  it('lists all material with its relation, learners, rating and freshness', async () => {
    await renderContent(api());
    expect(
      await screen.findByText('Learning material (2)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Teaches it')).toBeInTheDocument();
    expect(screen.getByText('Uses it (its system)')).toBeInTheDocument();
    expect(screen.getByText('12 learners, 7 completed')).toBeInTheDocument();
    expect(screen.getByText('No learners yet')).toBeInTheDocument();
    expect(
      screen.getByLabelText('Rated 4.5 of 5 by 6 learners'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Fresh')).toHaveLength(2);
    expect(
      await screen.findByRole('link', { name: 'Bob Okafor' }),
    ).toBeInTheDocument();
  });

  it('filters by kind and sorts', async () => {
    const [first, second] = summary.items;
    await renderContent(
      api({
        getEntitySummary: jest.fn().mockResolvedValue({
          ...summary,
          items: [
            first,
            {
              ...second,
              resource: { ...second.resource, freshness: { state: 'due' } },
            },
          ],
        }),
      }),
    );
    await screen.findByText('Learning material (2)');
    await userEvent.click(screen.getByRole('button', { name: /All kinds/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Toolkit' }));
    const table = () =>
      within(
        screen
          .getByText(/^Learning material \(/)
          .closest('.MuiPaper-root') as HTMLElement,
      );
    expect(table().getByText('Learning material (1 of 2)')).toBeInTheDocument();
    expect(table().queryByText('Payments 101')).not.toBeInTheDocument();
    expect(table().getByText('Secure service checklist')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Toolkit/ }));
    await userEvent.click(screen.getByRole('option', { name: 'All kinds' }));
    await userEvent.click(
      screen.getByRole('button', { name: /Relation to this entity/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Needs review first' }),
    );
    const titles = table()
      .getAllByRole('link')
      .map(a => a.textContent)
      .filter(t => t === 'Payments 101' || t === 'Secure service checklist');
    // the one due for review comes before the one that teaches the entity
    expect(titles).toEqual(['Secure service checklist', 'Payments 101']);
  });

  it('shows upcoming sessions with seats left and the paths through it', async () => {
    const learningApi = api();
    await renderContent(learningApi);
    const sessions = await screen.findByRole('table', {
      name: 'Upcoming sessions',
    });
    // only the live course has sessions; the past one is not shown
    expect(within(sessions).getAllByRole('row')).toHaveLength(2);
    expect(within(sessions).getByText('7 of 10')).toBeInTheDocument();
    expect(within(sessions).getByText('Room 4')).toBeInTheDocument();

    const paths = await screen.findByRole('list', { name: 'Learning paths' });
    expect(
      within(paths).getByRole('link', { name: 'Payments engineer path' }),
    ).toBeInTheDocument();
    expect(within(paths).getByText('Through Payments 101')).toBeInTheDocument();
    // listed once, though through both the entity and its system
    expect(within(paths).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(paths).getByText('Through Secure service checklist'),
    ).toBeInTheDocument();
    expect(learningApi.listResources).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'path',
        stepEntityRef: 'component:default/payments-api',
      }),
    );
    expect(learningApi.listResources).toHaveBeenCalledWith(
      expect.objectContaining({ stepEntityRef: 'system:default/payments' }),
    );
  });

  it('lists the open embeds of the entity and its system, from its summary', async () => {
    const learningApi = api();
    await renderContent(learningApi);
    const list = await screen.findByRole('list', { name: 'Open embeds' });
    expect(
      within(list).getByRole('link', { name: 'Two weeks on payments' }),
    ).toHaveAttribute('href', '/learning/embeds/e1');
    expect(
      within(list).getByText(/Flexible start, 2 weeks · 1 of 1 seats left/),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(/1 of 2 seats left · for its system/),
    ).toBeInTheDocument();
    // nobody may post here: no button
    expect(
      screen.queryByRole('button', { name: 'Post an embed' }),
    ).not.toBeInTheDocument();
  });

  it('offers to post an embed linked to the entity, even without material', async () => {
    await renderContent(
      api({
        getEntitySummary: jest.fn().mockResolvedValue({
          ...summary,
          items: [],
          smes: [],
          docs: [],
          embeds: [],
        }),
      }),
      AuthorizeResult.ALLOW,
    );
    expect(
      await screen.findByText('No learning material yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No open embed works on this entity or its system.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Post an embed' }),
    ).toHaveAttribute(
      'href',
      '/learning/embeds/new?entity=component%3Adefault%2Fpayments-api',
    );
  });

  it('shows its owners the learning YAML it names, what is wrong with it, and reads it again', async () => {
    const sourcesAt = (checkedAt: string) => ({
      items: [
        {
          target: 'https://git.example/payments/learning.yaml',
          entityRef: 'component:default/payments-api',
          documentCount: 3,
          errors: [],
          checkedAt,
        },
        {
          target: 'https://git.example/payments/broken.yaml',
          entityRef: 'component:default/payments-api',
          errors: ['document 1: not valid YAML: unexpected end'],
        },
      ],
    });
    const learningApi = api({
      listSources: jest
        .fn()
        // shown, then as the backend has it when asked to read
        .mockResolvedValueOnce(sourcesAt('2026-12-01T10:00:00.000Z'))
        .mockResolvedValueOnce(sourcesAt('2026-12-01T10:00:00.000Z'))
        // not read yet, then read by the task
        .mockResolvedValueOnce(sourcesAt('2026-12-01T10:00:00.000Z'))
        .mockResolvedValue(sourcesAt('2026-12-02T10:00:00.000Z')),
    });
    await renderContent(learningApi, AuthorizeResult.ALLOW);
    const files = await screen.findByRole('list', {
      name: 'Learning YAML files',
    });
    expect(
      within(files).getByText(/^3 documents, in sync/),
    ).toBeInTheDocument();
    expect(
      within(files).getByText('document 1: not valid YAML: unexpected end'),
    ).toBeInTheDocument();
    expect(learningApi.listSources).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Read it again now' }),
    );
    expect(learningApi.refreshSources).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    // once the task read the files, what the page shows is read again
    await waitFor(
      () => expect(learningApi.getEntitySummary).toHaveBeenCalledTimes(2),
      { timeout: 5000 },
    );
    // and so is the list of files, with the new read
    expect(
      await screen.findByText(
        /^3 documents, in sync \(read (Dec 2, 2026|2 Dec 2026)\)/,
      ),
    ).toBeInTheDocument();
    expect(learningApi.listSources).toHaveBeenCalledTimes(5);
  });

  it('shows others nothing of its learning YAML', async () => {
    const learningApi = api();
    await renderContent(learningApi);
    expect(
      await screen.findByText('Learning material (2)'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Learning YAML')).not.toBeInTheDocument();
    expect(learningApi.listSources).not.toHaveBeenCalled();
  });

  it('offers its owners to add and link material, and links it', async () => {
    const learningApi = api();
    await renderContent(learningApi, AuthorizeResult.ALLOW);
    const add = await screen.findByRole('button', { name: 'Add material' });
    expect(add).toHaveAttribute(
      'href',
      '/learning/new?entity=component%3Adefault%2Fpayments-api',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Link existing material' }),
    );
    const dialog = await screen.findByRole('dialog');
    // nothing chosen yet: a message at the field, no request
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link' }));
    expect(
      within(dialog).getByText('Choose the material to link'),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: 'Material' }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Payments engineer path/ }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() =>
      expect(learningApi.addLink).toHaveBeenCalledWith('p1', {
        entityRef: 'component:default/payments-api',
        relation: 'teaches',
      }),
    );
    // the summary is read again
    await waitFor(() =>
      expect(learningApi.getEntitySummary).toHaveBeenCalledTimes(2),
    );
  });

  it('shows the backend’s refusal in the dialog', async () => {
    const learningApi = api({
      addLink: jest.fn().mockRejectedValue(await refusal('link')),
    });
    await renderContent(learningApi, AuthorizeResult.ALLOW);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Link existing material' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: 'Material' }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Payments engineer path/ }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You may not link material to component:default/auth-gateway',
    );
  });

  it('hides adding and linking from those who do not own the entity', async () => {
    await renderContent(api(), AuthorizeResult.DENY);
    await screen.findByText('Learning material (2)');
    expect(screen.queryByRole('button', { name: 'Add material' })).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Link existing material' }),
    ).toBeNull();
  });

  it('shows an empty state without material, with the owner’s actions', async () => {
    await renderContent(
      api({
        getEntitySummary: jest
          .fn()
          .mockResolvedValue({ ...summary, items: [], smes: [], docs: [] }),
      }),
      AuthorizeResult.ALLOW,
    );
    expect(
      await screen.findByText('No learning material yet'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Add material' }),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderContent(
      api({ getEntitySummary: jest.fn().mockRejectedValue(new Error('boom')) }),
    );
    expect(await screen.findByText('Error: boom')).toBeInTheDocument();
  });

  it("says who can teach the entity, with why, and the viewer's next step", async () => {
    const learningApi = api();
    await renderContent(learningApi);
    expect(await screen.findByText('Who can teach this')).toBeInTheDocument();
    expect(await screen.findByText('SME of Payments 101')).toBeInTheDocument();
    expect(screen.getByText('Owns payments-api')).toBeInTheDocument();
    expect(learningApi.listExperts).toHaveBeenCalledWith(
      { entityRef: 'component:default/payments-api' },
      6,
    );
    expect(screen.getByText('Your next step')).toBeInTheDocument();
    expect(screen.getByText(/Start with:/)).toBeInTheDocument();
  });

  it('shows the error of the experts in their card only', async () => {
    await renderContent(
      api({
        listExperts: jest.fn().mockRejectedValue(new Error('No experts')),
      }),
    );
    expect(
      await screen.findByText('Could not find who can teach this: No experts'),
    ).toBeInTheDocument();
    expect(screen.getByText('Learning material (2)')).toBeInTheDocument();
  });
});
