import { EntityLearningItem } from '@tech-learning/backstage-plugin-learning-common';
import { resource } from '../../__testUtils__/fixtures';
import { nextStepOf } from './NextStepCard';

function item(
  id: string,
  overrides: Partial<EntityLearningItem> = {},
  resourceOverrides: Parameters<typeof resource>[0] = {},
): EntityLearningItem {
  const {
    description: _d,
    links: _l,
    ...summary
  } = resource({
    id,
    title: id,
    ...resourceOverrides,
  });
  return {
    resource: summary,
    relation: 'teaches',
    via: 'entity',
    learners: 0,
    completions: 0,
    rating: { count: 0 },
    ...overrides,
  };
}

const enrolment = (state: 'in-progress' | 'completed', progress: number) => ({
  resourceId: 'x',
  userRef: 'user:default/guest',
  state,
  progress,
  enrolledAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('nextStepOf', () => {
  it('carries on with what the viewer is taking', () => {
    const taking = item('b', { myEnrolment: enrolment('in-progress', 40) });
    expect(nextStepOf([item('a'), taking])).toEqual({
      type: 'continue',
      item: taking,
    });
  });

  it('starts with a path, then the entity’s own material, the easiest first', () => {
    const hard = item('hard', {}, { level: 'advanced' });
    const easy = item('easy', {}, { level: 'beginner' });
    const systems = item('system', { via: 'system' }, { level: 'beginner' });
    expect(nextStepOf([hard, systems, easy])).toEqual({
      type: 'start',
      item: easy,
    });
    const path = item('path', {}, { kind: 'path', level: 'advanced' });
    expect(nextStepOf([hard, easy, path])?.type).toBe('start');
    expect(
      (nextStepOf([hard, easy, path]) as { item: EntityLearningItem }).item,
    ).toBe(path);
  });

  it('says when everything is done, and nothing when there is nothing', () => {
    expect(
      nextStepOf([item('a', { myEnrolment: enrolment('completed', 100) })]),
    ).toEqual({ type: 'done' });
    expect(nextStepOf([])).toBeUndefined();
  });
});
