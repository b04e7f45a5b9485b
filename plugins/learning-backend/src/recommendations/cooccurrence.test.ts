import {
  buildNeighbours,
  groupLearning,
  Neighbour,
  Taken,
} from './cooccurrence';

const took = (ids: string[], completed = true): Taken[] =>
  ids.map(resourceId => ({ resourceId, completed }));

async function neighboursOf(histories: Taken[][]) {
  const out: Neighbour[] = [];
  await buildNeighbours(
    histories,
    async rows => {
      out.push(...rows);
    },
    { batchSize: 2 },
  );
  return out;
}

describe('buildNeighbours', () => {
  it('counts a pair only from 5 distinct learners on', async () => {
    const four = Array.from({ length: 4 }, () => took(['a', 'b']));
    expect(await neighboursOf(four)).toEqual([]);
    const five = [...four, took(['a', 'b'])];
    const pairs = await neighboursOf(five);
    expect(pairs).toEqual([
      { resourceId: 'a', otherId: 'b', score: 1, learners: 5, completers: 5 },
      { resourceId: 'b', otherId: 'a', score: 1, learners: 5, completers: 5 },
    ]);
  });

  it('scores by cosine, so that what everyone takes does not win', async () => {
    // 5 learners took a and niche; 5 took a and popular, which 20 more took
    const histories = [
      ...Array.from({ length: 5 }, () => took(['a', 'niche'])),
      ...Array.from({ length: 5 }, () => took(['a', 'popular'])),
      ...Array.from({ length: 20 }, () => took(['popular', 'other'])),
    ];
    const ofA = (await neighboursOf(histories)).filter(
      n => n.resourceId === 'a',
    );
    expect(ofA.map(n => n.otherId)).toEqual(['niche', 'popular']);
    expect(ofA[0].score).toBeGreaterThan(ofA[1].score);
    // both have 5 co-learners: raw counts would tie
    expect(ofA.map(n => n.learners)).toEqual([5, 5]);
  });

  it('weighs enrolments less than completions, and counts completers apart', async () => {
    const histories = [
      ...Array.from({ length: 5 }, () => [
        { resourceId: 'a', completed: true },
        { resourceId: 'b', completed: false },
      ]),
    ];
    const [ab] = (await neighboursOf(histories)).filter(
      n => n.resourceId === 'a',
    );
    expect(ab.learners).toBe(5);
    expect(ab.completers).toBe(0);
    // all vectors are parallel: the cosine is 1 whatever the weights
    expect(ab.score).toBeCloseTo(1);
  });
});

describe('groupLearning', () => {
  it('tells only of groups and resources of 5 learners or more', () => {
    const histories = new Map(
      ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((u, i) => [
        u,
        // u1 and u2 are still taking it; the others completed it
        took(
          i < 5 ? ['common', 'rare'].slice(0, i < 4 ? 1 : 2) : ['common'],
          i >= 2,
        ),
      ]),
    );
    const rows = groupLearning(
      histories,
      new Map([
        ['group:default/big', new Set(['u1', 'u2', 'u3', 'u4', 'u5', 'u6'])],
        ['group:default/small', new Set(['u1', 'u2', 'u3', 'u4'])],
      ]),
    );
    expect(rows).toEqual([
      {
        groupRef: 'group:default/big',
        resourceId: 'common',
        learners: 6,
        taking: 2,
        members: 6,
      },
    ]);
  });
});
