import { normalizeFullEntityRef } from './refs';

describe('normalizeFullEntityRef', () => {
  it('normalises a full ref to lower case', () => {
    expect(normalizeFullEntityRef('Component:Default/Payments-API')).toBe(
      'component:default/payments-api',
    );
  });

  it.each([
    'payments-api',
    'component:payments-api',
    'default/payments-api',
    '',
  ])('refuses the partial ref %p', value => {
    expect(() => normalizeFullEntityRef(value)).toThrow(
      /not a full entity ref/,
    );
  });

  it('refuses a ref of another kind when kinds are given', () => {
    expect(() =>
      normalizeFullEntityRef('component:default/x', { kinds: ['User'] }),
    ).toThrow("'component:default/x' must be a ref to a User");
    expect(
      normalizeFullEntityRef('user:default/ada', { kinds: ['User', 'Group'] }),
    ).toBe('user:default/ada');
  });
});
