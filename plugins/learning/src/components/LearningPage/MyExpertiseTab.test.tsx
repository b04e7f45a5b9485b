import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LearningExpertise } from '@tech-learning/backstage-plugin-learning-common';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { LearningPage } from './LearningPage';

const expertise: LearningExpertise = {
  userRef: 'user:default/guest',
  shareExpertise: false,
  skills: [
    {
      name: 'payments',
      weight: 3,
      sources: [
        {
          type: 'owned-entity',
          entityRef: 'component:default/payments-api',
          message: 'Your team owns payments-api',
        },
        {
          type: 'completed',
          resourceId: 'r1',
          message: 'Completed Payments 101',
        },
      ],
    },
  ],
};

const renderTab = (learningApi: Partial<LearningApi>) =>
  renderLearning(<LearningPage />, {
    learningApi,
    routeEntries: ['/expertise'],
  });

describe('My expertise', () => {
  it('shows derived skills with where each comes from', async () => {
    await renderTab({ getMyExpertise: jest.fn().mockResolvedValue(expertise) });
    const list = await screen.findByRole('list', { name: 'Your expertise' });
    expect(list).toHaveTextContent('payments');
    expect(list).toHaveTextContent(
      'Your team owns payments-api · Completed Payments 101',
    );
    expect(
      screen.getByRole('checkbox', {
        name: 'Name me among the people who can teach what I completed',
      }),
    ).not.toBeChecked();
  });

  it('says what would show when nothing is known yet', async () => {
    await renderTab({
      getMyExpertise: jest
        .fn()
        .mockResolvedValue({ ...expertise, skills: [], shareExpertise: true }),
    });
    expect(
      await screen.findByText(/What your teams own, the APIs they consume/),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toBeChecked();
  });

  it('turns sharing on, and undoes the switch when saving fails', async () => {
    const putMySettings = jest
      .fn()
      .mockResolvedValueOnce({ shareExpertise: true })
      .mockRejectedValueOnce(new Error('Service unavailable'));
    await renderTab({
      getMyExpertise: jest.fn().mockResolvedValue(expertise),
      putMySettings,
    });
    const share = await screen.findByRole('checkbox');
    await userEvent.click(share);
    expect(putMySettings).toHaveBeenLastCalledWith({ shareExpertise: true });
    expect(share).toBeChecked();

    await userEvent.click(share);
    expect(putMySettings).toHaveBeenLastCalledWith({ shareExpertise: false });
    expect(
      await screen.findByText(
        'Could not save the setting: Service unavailable',
      ),
    ).toBeInTheDocument();
    expect(share).toBeChecked();
  });

  it('shows the error when the expertise cannot be read', async () => {
    await renderTab({
      getMyExpertise: jest.fn().mockRejectedValue(new Error('Boom')),
    });
    expect(await screen.findByText('Error: Boom')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
