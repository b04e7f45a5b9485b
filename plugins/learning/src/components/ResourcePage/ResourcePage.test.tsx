import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ResponseError } from '@backstage/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import {
  learningTogetherReads,
  resource,
  suggestion,
} from '../../__testUtils__/fixtures';
import { LearningPage } from '../LearningPage';
import { refusal } from '../../__testUtils__/refusals';

const enrolment = {
  resourceId: 'r1',
  userRef: 'user:default/alice-chen',
  enrolledAt: '2026-11-02T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
};

function api(overrides: Partial<LearningApi> = {}): Partial<LearningApi> {
  return {
    ...learningTogetherReads,
    getResource: jest.fn().mockResolvedValue(
      resource({
        description: 'Learn **how money moves**.<script>alert(1)</script>',
        links: [
          { entityRef: 'component:default/payments-api', relation: 'teaches' },
        ],
        docs: [
          { entityRef: 'component:default/payments-api', path: 'idempotency/' },
        ],
      }),
    ),
    getMyEnrolment: jest.fn().mockResolvedValue(undefined),
    putMyEnrolment: jest.fn(async (_id, input) => ({
      ...enrolment,
      state: input?.state ?? 'in-progress',
      progress: input?.state === 'completed' ? 100 : input?.progress ?? 0,
      ...(input?.sessionId ? { sessionId: input.sessionId } : {}),
    })),
    deleteMyEnrolment: jest.fn().mockResolvedValue(undefined),
    listSessions: jest.fn().mockResolvedValue({
      items: [
        {
          id: 's1',
          resourceId: 'r1',
          startsAt: '2099-01-10T09:00:00.000Z',
          endsAt: '2099-01-10T12:00:00.000Z',
          seats: 10,
          seatsTaken: 3,
          location: 'Room 4',
        },
        {
          id: 's2',
          resourceId: 'r1',
          startsAt: '2099-02-10T09:00:00.000Z',
          endsAt: '2099-02-10T12:00:00.000Z',
          seats: 5,
          seatsTaken: 5,
        },
      ],
    }),
    listFeedback: jest.fn().mockResolvedValue({
      rating: { average: 4.5, count: 2 },
      items: [
        {
          resourceId: 'r1',
          userRef: 'user:default/bob-okafor',
          rating: 4,
          comment: 'Clear and practical',
          createdAt: '2026-11-03T00:00:00.000Z',
          updatedAt: '2026-11-03T00:00:00.000Z',
        },
      ],
      totalCount: 2,
    }),
    putMyFeedback: jest.fn(async (_id, input) => ({
      ...input,
      resourceId: 'r1',
      userRef: enrolment.userRef,
      createdAt: enrolment.enrolledAt,
      updatedAt: enrolment.enrolledAt,
    })),
    updateResource: jest.fn(),
    getRelatedResources: jest.fn().mockResolvedValue({ items: [] }),
    ...overrides,
  };
}

function renderResource(
  learningApi: Partial<LearningApi>,
  authorize:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return renderLearning(<LearningPage />, {
    learningApi,
    authorize,
    routeEntries: ['/resources/r1'],
  });
}

describe('ResourcePage', () => {
  it('shows the resource: safe markdown, links, docs, sessions and feedback', async () => {
    const learningApi = api();
    await renderResource(learningApi);

    expect(
      await screen.findByRole('heading', { name: 'Payments 101' }),
    ).toBeInTheDocument();
    expect(learningApi.getResource).toHaveBeenCalledWith('r1');
    expect(screen.getByText('how money moves').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
    // a link styled as a button
    expect(screen.getByText('Open').closest('a')).toHaveAttribute(
      'href',
      'https://learning.example/payments-101',
    );
    expect(screen.getByRole('link', { name: 'idempotency/' })).toHaveAttribute(
      'href',
      '/docs/default/component/payments-api/idempotency/',
    );

    const sessions = await screen.findByRole('table', { name: 'Sessions' });
    expect(within(sessions).getByText('7 of 10')).toBeInTheDocument();
    expect(
      within(sessions).getByRole('button', { name: 'Full' }),
    ).toBeDisabled();

    expect(await screen.findByText('Clear and practical')).toBeInTheDocument();
    expect(screen.getByText('4.5 from 2 ratings')).toBeInTheDocument();
  });

  it('enrols, takes a seat, completes and rates', async () => {
    const learningApi = api();
    await renderResource(learningApi);

    await userEvent.click(await screen.findByRole('button', { name: 'Enrol' }));
    expect(learningApi.putMyEnrolment).toHaveBeenCalledWith('r1', {
      state: 'enrolled',
    });
    expect(await screen.findByText('Enrolled')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Take a seat' }));
    expect(learningApi.putMyEnrolment).toHaveBeenLastCalledWith('r1', {
      sessionId: 's1',
    });
    expect(
      await screen.findByRole('button', { name: 'Give back my seat' }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Mark completed' }),
    );
    expect(learningApi.putMyEnrolment).toHaveBeenLastCalledWith('r1', {
      state: 'completed',
    });
    expect(await screen.findByText('Completed')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Rate it' });
    await userEvent.click(
      within(form).getByRole('button', { name: 'Send rating' }),
    );
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Choose from 1 to 5 stars first.',
    );
    await userEvent.click(within(form).getByLabelText('4 Stars'));
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Comment (optional)' }),
      'Worth it',
    );
    await userEvent.click(
      within(form).getByRole('button', { name: 'Send rating' }),
    );
    expect(learningApi.putMyFeedback).toHaveBeenCalledWith('r1', {
      rating: 4,
      comment: 'Worth it',
    });
    expect(
      await screen.findByText('Thank you for your feedback.'),
    ).toBeInTheDocument();
    // the feedback list is read again
    await waitFor(() =>
      expect(learningApi.listFeedback).toHaveBeenCalledTimes(2),
    );
  });

  it('shows the backend’s refusal where the learner acted', async () => {
    const learningApi = api({
      putMyEnrolment: jest
        .fn()
        .mockRejectedValue(new Error('Session s1 is full')),
    });
    await renderResource(learningApi);
    await userEvent.click(await screen.findByRole('button', { name: 'Enrol' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Session s1 is full',
    );
    expect(screen.getByRole('button', { name: 'Enrol' })).toBeEnabled();
  });

  it('hides the learner’s and the SME’s actions the user may not do', async () => {
    await renderResource(api(), AuthorizeResult.DENY);
    expect(
      await screen.findByText('Sign in as a catalog user to enrol.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enrol' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Rate it' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark reviewed' })).toBeNull();
  });

  it('says why material needs review, and marks it reviewed for those who may', async () => {
    const stale = resource({
      freshness: {
        state: 'possibly-outdated',
        changed: [
          {
            entityRef: 'api:default/payments',
            aspects: ['definition', 'lifecycle'],
          },
        ],
      },
    });
    const reviewed = resource({
      reviewedAt: '2026-11-22T00:00:00.000Z',
      reviewedBy: 'user:default/bob',
      freshness: { state: 'fresh', reviewDueAt: '2027-05-21T00:00:00.000Z' },
    });
    const learningApi = api({
      getResource: jest.fn().mockResolvedValue(stale),
      markReviewed: jest.fn().mockResolvedValue(reviewed),
    });
    await renderResource(learningApi);
    expect(await screen.findByRole('list', { name: 'Why' })).toHaveTextContent(
      'api:payments changed since the last review: API definition, lifecycle',
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark reviewed' }),
    );
    expect(learningApi.markReviewed).toHaveBeenCalledWith('r1');
    expect(
      await screen.findByText(/^(Nov 22, 2026|22 Nov 2026)/),
    ).toHaveTextContent(/by bob/);
    expect(screen.queryByRole('list', { name: 'Why' })).toBeNull();
    expect(
      screen.getByText(/next review (May 21, 2027|21 May 2027)/),
    ).toBeInTheDocument();
  });

  it('shows the error when marking reviewed fails, and lets the user try again', async () => {
    const learningApi = api({
      markReviewed: jest.fn().mockRejectedValue(new Error('Backend away')),
    });
    await renderResource(learningApi);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark reviewed' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Backend away');
    expect(screen.getByRole('button', { name: 'Mark reviewed' })).toBeEnabled();
  });

  it('is read-only for material that a provider owns', async () => {
    await renderResource(
      api({
        getResource: jest.fn().mockResolvedValue(
          resource({
            source: {
              type: 'provider',
              provider: 'demo',
              location: 'https://git.example/learning.yaml',
            },
          }),
        ),
      }),
    );
    expect(
      await screen.findByText(
        'This material is defined at its source and is read-only here.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /^edit at its source/ }),
    ).toHaveAttribute('href', 'https://git.example/learning.yaml');
    // its definition is the provider's; its review is Backstage's
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Mark reviewed' }),
    ).toBeInTheDocument();
    // its sessions are shown, and change at the source too
    await screen.findByRole('table', { name: 'Sessions' });
    expect(
      screen.queryByRole('form', { name: 'Schedule a session' }),
    ).toBeNull();
  });

  it('says so when the resource does not exist', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No learning resource r1' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      ),
    );
    await renderResource(
      api({ getResource: jest.fn().mockRejectedValue(notFound) }),
    );
    expect(
      await screen.findByText('No such learning material'),
    ).toBeInTheDocument();
  });

  it('lets its owners schedule and cancel sessions', async () => {
    const learningApi = api({
      createSession: jest.fn().mockResolvedValue({}),
      deleteSession: jest.fn().mockResolvedValue(undefined),
    });
    await renderResource(learningApi);
    const form = await screen.findByRole('form', {
      name: 'Schedule a session',
    });
    // nothing sent while the times are missing or the wrong way round
    await userEvent.click(
      within(form).getByRole('button', { name: 'Schedule' }),
    );
    expect(within(form).getByText('When it starts')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText(/^Starts/), {
      target: { value: '2099-03-01T10:00' },
    });
    fireEvent.change(within(form).getByLabelText(/^Ends/), {
      target: { value: '2099-03-01T09:00' },
    });
    await userEvent.click(
      within(form).getByRole('button', { name: 'Schedule' }),
    );
    expect(
      within(form).getByText('It ends after it starts'),
    ).toBeInTheDocument();
    expect(learningApi.createSession).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText(/^Ends/), {
      target: { value: '2099-03-01T12:00' },
    });
    await userEvent.type(within(form).getByLabelText('Where'), 'Room 9');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Schedule' }),
    );
    await waitFor(() =>
      expect(learningApi.createSession).toHaveBeenCalledWith('r1', {
        startsAt: new Date('2099-03-01T10:00').toISOString(),
        endsAt: new Date('2099-03-01T12:00').toISOString(),
        seats: 10,
        location: 'Room 9',
      }),
    );
    // the sessions are read again
    await waitFor(() =>
      expect(learningApi.listSessions).toHaveBeenCalledTimes(2),
    );

    const sessions = screen.getByRole('table', { name: 'Sessions' });
    await userEvent.click(
      within(sessions).getAllByRole('button', {
        name: /^Cancel the session/,
      })[0],
    );
    await userEvent.click(
      within(sessions).getByRole('button', { name: 'Confirm: cancel it' }),
    );
    await waitFor(() =>
      expect(learningApi.deleteSession).toHaveBeenCalledWith('r1', 's1'),
    );
  });

  it('lets its owners change a session, and shows why the backend refused', async () => {
    const learningApi = api({
      updateSession: jest
        .fn()
        .mockRejectedValueOnce(await refusal('sessionSeats'))
        .mockResolvedValue({}),
    });
    await renderResource(learningApi);
    const sessions = await screen.findByRole('table', { name: 'Sessions' });
    await userEvent.click(
      within(sessions).getAllByRole('button', {
        name: /^Change the session/,
      })[0],
    );
    const form = screen.getByRole('form', { name: 'Change the session' });
    // the session's own values, in the user's zone
    expect(within(form).getByLabelText(/^Starts/)).toHaveValue(
      (() => {
        const d = new Date('2099-01-10T09:00:00.000Z');
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(
          d.getDate(),
        )}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
      })(),
    );
    expect(within(form).getByLabelText('Where')).toHaveValue('Room 4');
    // the schedule form gives way while a session is changed
    expect(
      screen.queryByRole('form', { name: 'Schedule a session' }),
    ).toBeNull();

    const seats = within(form).getByLabelText(/^Seats/);
    await userEvent.clear(seats);
    await userEvent.type(seats, '2');
    await userEvent.clear(within(form).getByLabelText('Where'));
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save the session' }),
    );
    // at its field
    expect(
      await within(form).findByText(
        '3 seats of session {sessionId} are taken, more than 2',
      ),
    ).toBeInTheDocument();

    await userEvent.clear(seats);
    await userEvent.type(seats, '12');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save the session' }),
    );
    await waitFor(() =>
      expect(learningApi.updateSession).toHaveBeenLastCalledWith('r1', 's1', {
        startsAt: '2099-01-10T09:00:00.000Z',
        endsAt: '2099-01-10T12:00:00.000Z',
        seats: 12,
      }),
    );
    // saved: the sessions are read again and the schedule form is back
    expect(
      await screen.findByRole('form', { name: 'Schedule a session' }),
    ).toBeInTheDocument();
    expect(learningApi.listSessions).toHaveBeenCalledTimes(2);
  });

  it('shows the backend’s problem with a session at its field', async () => {
    const learningApi = api({
      createSession: jest.fn().mockRejectedValue(await refusal('sessionUrl')),
    });
    await renderResource(learningApi);
    const form = await screen.findByRole('form', {
      name: 'Schedule a session',
    });
    fireEvent.change(within(form).getByLabelText(/^Starts/), {
      target: { value: '2099-03-01T10:00' },
    });
    fireEvent.change(within(form).getByLabelText(/^Ends/), {
      target: { value: '2099-03-01T12:00' },
    });
    await userEvent.type(within(form).getByLabelText('Join link'), 'ftp://x');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Schedule' }),
    );
    expect(
      await within(form).findByText('must be an http or https URL'),
    ).toBeInTheDocument();
  });

  it('does not offer scheduling to those who may not change the resource', async () => {
    await renderResource(api(), AuthorizeResult.DENY);
    await screen.findByRole('table', { name: 'Sessions' });
    expect(
      screen.queryByRole('form', { name: 'Schedule a session' }),
    ).toBeNull();
    expect(
      screen.queryByRole('button', { name: /^Cancel the session/ }),
    ).toBeNull();
    expect(
      screen.queryByRole('button', { name: /^Change the session/ }),
    ).toBeNull();
  });

  it('shows what learners who completed it also completed, with why', async () => {
    const getRelatedResources = jest.fn().mockResolvedValue({
      items: [
        suggestion({ id: 'r2', title: 'Ledger deep dive' }, [
          {
            type: 'also-taken',
            resourceId: 'r1',
            resourceTitle: 'Payments 101',
            learners: 7,
            message: 'Learners who completed Payments 101 also completed this',
          },
        ]),
      ],
    });
    await renderResource(api({ getRelatedResources }));
    expect(
      await screen.findByText('Learners who completed this also completed'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Ledger deep dive')).toBeInTheDocument();
    expect(getRelatedResources).toHaveBeenCalledWith('r1', 5);
  });

  it('says when nothing is related yet', async () => {
    await renderResource(api());
    expect(
      await screen.findByText(
        /Nothing yet: material shows here once 5 learners/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the error of related material in its card only', async () => {
    await renderResource(
      api({
        getRelatedResources: jest
          .fn()
          .mockRejectedValue(new Error('Model down')),
      }),
    );
    expect(
      await screen.findByText('Could not load related material: Model down'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Payments 101' }),
    ).toBeInTheDocument();
  });
});
