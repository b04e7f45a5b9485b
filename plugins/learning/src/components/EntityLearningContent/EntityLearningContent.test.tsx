import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { LearningApi } from '../../api';
import { renderLearning } from '../../__testUtils__/render';
import { paymentsApi, summary } from '../../__testUtils__/fixtures';
import { EntityLearningContent } from './EntityLearningContent';

function renderContent(api: Partial<LearningApi>) {
  return renderLearning(
    <EntityProvider entity={paymentsApi}>
      <EntityLearningContent />
    </EntityProvider>,
    { learningApi: api },
  );
}

describe('EntityLearningContent', () => {
  it('lists all material with its relation to the entity', async () => {
    await renderContent({
      getEntitySummary: jest.fn().mockResolvedValue(summary),
    });
    expect(
      await screen.findByText('Learning material (2)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Teaches it')).toBeInTheDocument();
    expect(screen.getByText('Uses it (its system)')).toBeInTheDocument();
    expect(screen.getByText('Toolkit')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'bob-okafor' }),
    ).toBeInTheDocument();
  });

  it('shows an empty state without material', async () => {
    await renderContent({
      getEntitySummary: jest
        .fn()
        .mockResolvedValue({ ...summary, items: [], smes: [], docs: [] }),
    });
    expect(
      await screen.findByText('No learning material yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderContent({
      getEntitySummary: jest.fn().mockRejectedValue(new Error('boom')),
    });
    expect(await screen.findByText('Error: boom')).toBeInTheDocument();
  });
});
