import { Neighbour } from './cooccurrence';
import { scoreSuggestions } from './scoreSuggestions';

const neighbour = (resourceId: string, otherId: string): Neighbour => ({
  resourceId,
  otherId,
  score: 0.5,
  learners: 6,
  completers: 6,
});

const signals = (history: string[], neighbours: Neighbour[]) => ({
  profile: { groups: [], targets: [], entities: new Map() },
  links: [],
  history: history.map(resourceId => ({
    resourceId,
    completed: true,
    title: resourceId.toUpperCase(),
  })),
  neighbours,
  groupLearning: [],
  nextSteps: [],
});

describe('scoreSuggestions', () => {
  it('weighs the neighbours of what the learner took lately more', () => {
    // the history is most recent first: "new" was taken after "old"
    const ranked = scoreSuggestions(
      signals(
        ['new', 'old'],
        [neighbour('old', 'after-old'), neighbour('new', 'after-new')],
      ),
    );
    expect(ranked.map(c => c.resourceId)).toEqual(['after-new', 'after-old']);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
    expect(ranked[1].reasons[0]).toMatchObject({
      type: 'also-taken',
      resourceId: 'old',
      message: 'Learners who completed OLD also completed this',
    });
  });

  it('never suggests what the learner took', () => {
    const ranked = scoreSuggestions(
      signals(['a', 'b'], [neighbour('a', 'b'), neighbour('a', 'c')]),
    );
    expect(ranked.map(c => c.resourceId)).toEqual(['c']);
  });
});
