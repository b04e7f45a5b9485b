import { identityApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { LearningPost } from '@tech-learning/backstage-plugin-learning-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { Discussion } from './Discussion';
import { FaqCard } from './FaqCard';

const me = 'user:default/dev-patel';
const identity = {
  getBackstageIdentity: async () => ({
    type: 'user' as const,
    userEntityRef: me,
    ownershipEntityRefs: [me],
  }),
};

function post(overrides: Partial<LearningPost>): LearningPost {
  return {
    id: '1',
    kind: 'question',
    questionId: '1',
    author: me,
    body: 'How do I replay a failed batch?',
    mentions: [],
    accepted: false,
    deleted: false,
    createdAt: '2026-12-07T10:00:00.000Z',
    ...overrides,
  };
}

const thread = [
  post({}),
  post({
    id: '2',
    kind: 'answer',
    parentId: '1',
    author: 'user:default/bob-okafor',
    body: 'Run `ledger replay`; ask @bob-okafor.',
    mentions: ['user:default/bob-okafor'],
  }),
  post({
    id: '3',
    kind: 'reply',
    parentId: '2',
    author: 'user:default/alice-chen',
    body: 'Thanks!',
  }),
];

function render(
  learningApi: Partial<LearningApi>,
  place = { resourceId: 'r1' },
) {
  return renderLearning(<Discussion place={place} />, {
    learningApi,
    apis: [[identityApiRef, identity]],
  });
}

describe('Discussion', () => {
  it('shows progress, then the threads: question, answers, replies', async () => {
    let resolve: (v: unknown) => void = () => {};
    const getDiscussion = jest.fn(
      () => new Promise(r => (resolve = r)),
    ) as unknown as LearningApi['getDiscussion'];
    await render({ getDiscussion });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    resolve({
      items: thread,
      mayPost: true,
      mayModerate: false,
      mentionable: [],
    });
    const articles = await screen.findAllByRole('article');
    expect(articles.map(a => a.getAttribute('aria-label'))).toEqual([
      `Question by ${me}`,
      'Answer by user:default/bob-okafor',
      'Reply by user:default/alice-chen',
    ]);
    // a mention links to the expert's page
    expect(
      within(articles[1]).getByRole('link', { name: '@bob-okafor' }),
    ).toHaveAttribute('href', '/catalog/default/user/bob-okafor');
    // the author edits and deletes their own; nobody here moderates
    expect(
      within(articles[0]).getByRole('button', { name: 'Edit' }),
    ).toBeInTheDocument();
    expect(
      within(articles[1]).queryByRole('button', { name: 'Edit' }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: 'Accept answer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hide' })).toBeNull();
  });

  it('says so when there is nothing yet, and when it cannot load', async () => {
    await render({
      getDiscussion: jest.fn().mockResolvedValue({
        items: [],
        mayPost: false,
        mayModerate: false,
      }),
    });
    expect(await screen.findByText(/No questions yet/)).toBeInTheDocument();
    expect(screen.getByText('Sign in to ask a question.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Ask a question')).toBeNull();

    await render({
      getDiscussion: jest.fn().mockRejectedValue(new Error('Backend down')),
    });
    expect((await screen.findAllByText(/Backend down/)).length).toBeGreaterThan(
      0,
    );
  });

  it('asks a question, and keeps the text with the reason when refused', async () => {
    const page = {
      items: [] as LearningPost[],
      mayPost: true,
      mayModerate: false,
    };
    const getDiscussion = jest.fn(async () => ({ ...page }));
    const refusal = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'TooManyRequestsError',
            message: 'You may post 10 times a minute; wait 42 s and post again',
          },
          request: { method: 'POST', url: '/x' },
          response: { statusCode: 429 },
        }),
        { status: 429, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const postToDiscussion = jest
      .fn()
      .mockRejectedValueOnce(refusal)
      .mockImplementationOnce(async (_place, input) => {
        page.items = [post({ body: input.body })];
        return page.items[0];
      });
    await render({ getDiscussion, postToDiscussion });
    const box = await screen.findByLabelText('Ask a question');
    await userEvent.type(box, 'Where are the runbooks?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('wait 42 s');
    expect(box).toHaveValue('Where are the runbooks?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(
      await screen.findByText('Where are the runbooks?', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(postToDiscussion).toHaveBeenLastCalledWith(
      { resourceId: 'r1' },
      { kind: 'question', body: 'Where are the runbooks?' },
    );
    expect(box).toHaveValue('');
  });

  it('lets moderators accept answers and hide posts with a reason', async () => {
    let items = thread;
    const getDiscussion = jest.fn(async () => ({
      items,
      mayPost: true,
      mayModerate: true,
    }));
    const acceptAnswer = jest.fn(async (id: string) => {
      items = items.map(p => (p.id === id ? { ...p, accepted: true } : p));
      return items.find(p => p.id === id)!;
    });
    const hidePost = jest.fn(async (id: string, reason: string) => {
      items = items.map(p =>
        p.id === id ? { ...p, hidden: { by: me, at: p.createdAt, reason } } : p,
      );
      return items.find(p => p.id === id)!;
    });
    await render({ getDiscussion, acceptAnswer, hidePost });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept answer' }),
    );
    expect(acceptAnswer).toHaveBeenCalledWith('2');
    expect(await screen.findByText('Accepted answer')).toBeInTheDocument();

    const reply = screen.getByRole('article', {
      name: 'Reply by user:default/alice-chen',
    });
    await userEvent.click(within(reply).getByRole('button', { name: 'Hide' }));
    await userEvent.type(
      within(reply).getByLabelText('Why hide it? (kept for the audit)'),
      'off topic',
    );
    const [, confirm] = within(reply).getAllByRole('button', { name: 'Hide' });
    await userEvent.click(confirm);
    expect(hidePost).toHaveBeenCalledWith('3', 'off topic');
    expect(
      await screen.findByText(`Hidden by ${me}: off topic`),
    ).toBeInTheDocument();
  });

  it('never runs script or javascript links from a post', async () => {
    const payloads = [
      '<img src=x onerror="window.__xss = 1">',
      '<script>window.__xss = 2</script>',
      '[click me](javascript:window.__xss=3)',
      '<a href="javascript:window.__xss=4">raw link</a>',
    ];
    await render({
      getDiscussion: jest.fn().mockResolvedValue({
        items: payloads.map((body, i) =>
          post({ id: String(i + 1), questionId: String(i + 1), body }),
        ),
        mayPost: false,
        mayModerate: false,
      }),
    });
    await screen.findAllByRole('article');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    for (const link of screen.queryAllByRole('link')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    }
    // the raw HTML shows as the text it is
    expect(
      screen.getByText(/<script>window.__xss = 2<\/script>/),
    ).toBeInTheDocument();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});

describe('FaqCard', () => {
  it('lists accepted answers under their questions, or says there are none', async () => {
    await renderLearning(<FaqCard resourceId="r1" />, {
      learningApi: {
        getFaq: jest.fn().mockResolvedValue({
          items: [
            { question: thread[0], answer: { ...thread[1], accepted: true } },
          ],
        }),
      },
    });
    const faq = await screen.findByLabelText('FAQ');
    expect(
      within(faq).getByText('How do I replay a failed batch?'),
    ).toBeInTheDocument();
    expect(within(faq).getByText(/Answered by/)).toBeInTheDocument();

    await renderLearning(<FaqCard resourceId="r2" />, {
      learningApi: { getFaq: jest.fn().mockResolvedValue({ items: [] }) },
    });
    expect(
      await screen.findByText(/No accepted answers yet/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});
