import { identityApiRef } from '@backstage/core-plugin-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { MyRecordsCard } from './MyRecordsCard';
import { downloadFile } from '../format/downloadFile';

jest.mock('../format/downloadFile', () => ({ downloadFile: jest.fn() }));

const me = 'user:default/alice-chen';
const identity = {
  getBackstageIdentity: jest.fn().mockResolvedValue({
    type: 'user',
    userEntityRef: me,
    ownershipEntityRefs: [me],
  }),
};

const records = {
  userRef: me,
  exportedAt: '2026-12-07T10:00:00.000Z',
  resources: [{ id: 'r1', title: 'Payments 101' }],
  enrolments: [],
  feedback: [],
  applications: [],
  posts: [],
  cohorts: [],
  dismissals: [],
  linkSuggestions: [],
};

async function renderCard(learningApi: Partial<LearningApi>) {
  const onErased = jest.fn();
  await renderLearning(<MyRecordsCard onErased={onErased} />, {
    learningApi,
    apis: [[identityApiRef, identity]],
  });
  return onErased;
}

describe('MyRecordsCard', () => {
  it('downloads the signed-in user’s records as JSON', async () => {
    const exportUserRecords = jest.fn().mockResolvedValue(records);
    await renderCard({ exportUserRecords });
    await userEvent.click(
      screen.getByRole('button', { name: 'Download my records' }),
    );
    await waitFor(() =>
      expect(downloadFile).toHaveBeenCalledWith(
        JSON.stringify(records, null, 2),
        'learning-records-user-default-alice-chen.json',
        'application/json',
      ),
    );
    expect(exportUserRecords).toHaveBeenCalledWith(me);
  });

  it('erases only once asked twice, and says what went', async () => {
    const eraseUserRecords = jest.fn().mockResolvedValue({
      userRef: me,
      enrolments: 3,
      feedback: 1,
      applications: 0,
      posts: 2,
      cohorts: 0,
      dismissals: 1,
      settings: 0,
      linkSuggestions: 0,
    });
    const onErased = await renderCard({ eraseUserRecords });
    await userEvent.click(
      screen.getByRole('button', { name: 'Erase my records' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('This cannot be undone');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Keep them' }),
    );
    expect(eraseUserRecords).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(
      screen.getByRole('button', { name: 'Erase my records' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Erase',
      }),
    );
    expect(
      await screen.findByText(
        'Erased 3 enrolments, 1 rating, 2 posts, 1 other record.',
      ),
    ).toBeInTheDocument();
    expect(eraseUserRecords).toHaveBeenCalledWith(me);
    expect(onErased).toHaveBeenCalled();
  });

  it('shows a failure in the dialog and erases nothing more', async () => {
    const onErased = await renderCard({
      eraseUserRecords: jest.fn().mockRejectedValue(new Error('down')),
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Erase my records' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Erase' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('down');
    expect(onErased).not.toHaveBeenCalled();
  });
});
