import { formatDuration, providerLabel, techDocsPath } from './format';

describe('formatDuration', () => {
  it.each([
    [undefined, undefined],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
  ])('formats %p as %p', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('techDocsPath', () => {
  it('links to the docs root or a page', () => {
    expect(techDocsPath('component:default/payments-api')).toBe(
      '/docs/default/component/payments-api/',
    );
    expect(
      techDocsPath('component:default/payments-api', 'guides/retries/'),
    ).toBe('/docs/default/component/payments-api/guides/retries/');
  });
});

describe('providerLabel', () => {
  it('names learning YAML so, and other providers by their names', () => {
    expect(providerLabel('yaml:0123456789abcdef')).toBe('Learning YAML');
    expect(providerLabel('lms')).toBe('lms');
    expect(providerLabel(undefined)).toBe('A provider');
  });
});
