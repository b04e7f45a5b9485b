import { isHttpUrl } from './urls';

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs only', () => {
    expect(isHttpUrl('https://learning.example/a?b=c')).toBe(true);
    expect(isHttpUrl('http://localhost:7007/x')).toBe(true);
    // eslint-disable-next-line no-script-url
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
    expect(isHttpUrl('/relative/path')).toBe(false);
    expect(isHttpUrl('')).toBe(false);
  });
});
