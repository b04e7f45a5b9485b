import { validateLearnerRecords } from './validateLearnerRecords';

const ids = new Map([['k1', 'id-1']]);
const record = {
  resourceKey: 'k1',
  userRef: 'user:default/alice',
  state: 'in-progress',
  progress: 40,
  updatedAt: '2026-10-01T12:00:00Z',
};

describe('validateLearnerRecords', () => {
  it('maps keys to resource ids and fills in what follows from the state', () => {
    const { valid, errors } = validateLearnerRecords(
      [
        record,
        {
          ...record,
          userRef: 'User:default/Bob',
          state: 'completed',
          progress: undefined,
        },
        {
          ...record,
          userRef: 'user:default/carol',
          state: 'enrolled',
          progress: undefined,
          rating: 5,
        },
      ],
      ids,
    );
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        resourceId: 'id-1',
        userRef: 'user:default/alice',
        state: 'in-progress',
        progress: 40,
        enrolledAt: '2026-10-01T12:00:00Z',
        updatedAt: '2026-10-01T12:00:00Z',
      },
      expect.objectContaining({ userRef: 'user:default/bob', progress: 100 }),
      expect.objectContaining({
        userRef: 'user:default/carol',
        progress: 0,
        feedback: { rating: 5, comment: undefined },
      }),
    ]);
  });

  it('leaves out each bad record with a message that says why', () => {
    const { valid, errors } = validateLearnerRecords(
      [
        { ...record, resourceKey: 'not-ours' },
        { ...record, userRef: 'group:default/payments' },
        { ...record, state: 'completed', progress: 50 },
        { ...record, comment: 'No rating' },
        { ...record, updatedAt: 'yesterday' },
        'not a record',
      ],
      ids,
    );
    expect(valid).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(/#0 .*no resource 'not-ours'/),
      expect.stringMatching(/#1 .*userRef/),
      expect.stringMatching(/#2 .*progress/),
      expect.stringMatching(/#3 .*comment: a comment needs a rating/),
      expect.stringMatching(/#4 .*updatedAt/),
      expect.stringMatching(/#5 is invalid/),
    ]);
  });
});
