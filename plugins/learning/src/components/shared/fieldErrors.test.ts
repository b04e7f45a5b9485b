import { splitFieldErrors } from './fieldErrors';

describe('splitFieldErrors', () => {
  it('puts each problem at the field it names', () => {
    const error = new Error(
      'title: must be at most 200 characters; links.0.entityRef: component:default/x is not in the catalog, or you may not see it; links.1.relation: invalid; cursor: bad',
    );
    expect(splitFieldErrors(error, ['title', 'links'])).toEqual({
      byField: {
        title: 'must be at most 200 characters',
        links:
          '0.entityRef: component:default/x is not in the catalog, or you may not see it; 1.relation: invalid',
      },
      other: 'cursor: bad',
    });
  });

  it('keeps a message that names no field whole', () => {
    expect(
      splitFieldErrors(new Error('You may not link to that entity'), ['title']),
    ).toEqual({ byField: {}, other: 'You may not link to that entity' });
    expect(splitFieldErrors(undefined, ['title'])).toEqual({ byField: {} });
  });
});
