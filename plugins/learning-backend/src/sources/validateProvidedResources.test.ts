import {
  validateProvidedEmbeds,
  validateProvidedResources,
} from './validateProvidedResources';

const base = {
  key: 'a',
  kind: 'course',
  title: 'A',
  summary: 'About a',
  format: 'video',
  level: 'beginner',
  owner: 'group:default/team',
};

describe('validateProvidedResources', () => {
  it('normalises refs and keeps valid resources', () => {
    const { valid, errors } = validateProvidedResources([
      { ...base, owner: 'Group:Default/Team', smes: ['User:default/Ada'] },
    ]);
    expect(errors).toEqual([]);
    expect(valid[0].owner).toBe('group:default/team');
    expect(valid[0].smes).toEqual(['user:default/ada']);
  });

  it.each([
    [
      // eslint-disable-next-line no-script-url -- the URL the validator must refuse
      { urls: [{ url: 'javascript:alert(1)' }] },
      'urls.0.url: must be an http or https URL',
    ],
    [{ owner: 'team' }, 'owner:'],
    [{ owner: 'component:default/x' }, 'must be a ref to a group or user'],
    [{ smes: ['group:default/team'] }, 'smes.0:'],
    [{ level: 'expert' }, 'level:'],
    [{ title: '' }, 'title:'],
    [{ title: 'x'.repeat(201) }, 'title:'],
    [{ durationMinutes: -5 }, 'durationMinutes:'],
    [{ tags: ['Not A Tag'] }, 'tags.0:'],
    [
      { location: 'file:///etc/passwd' },
      'location: must be an http or https URL',
    ],
  ])('leaves out %p, naming the field', (patch, message) => {
    const { valid, errors } = validateProvidedResources([
      { ...base, ...patch },
    ]);
    expect(valid).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("resource 'a' is invalid");
    expect(errors[0]).toContain(message);
  });

  it('leaves out paths whose steps were left out, transitively', () => {
    const { valid, errors } = validateProvidedResources([
      { ...base, key: 'bad', level: 'nope' },
      { ...base, key: 'p1', kind: 'path', steps: ['bad'] },
      { ...base, key: 'p2', kind: 'path', steps: ['p1'] },
      { ...base, key: 'ok' },
    ]);
    expect(valid.map(v => v.key)).toEqual(['ok']);
    expect(errors).toHaveLength(3);
  });
});

describe('validateProvidedEmbeds', () => {
  const embed = {
    key: 'e',
    title: 'A month on payments',
    summary: 'Work with the team',
    host: 'Group:default/Payments-Team',
    durationWeeks: 4,
    seats: 2,
  };

  it('normalises the host and keeps valid embeds', () => {
    const { valid, errors } = validateProvidedEmbeds([embed]);
    expect(errors).toEqual([]);
    expect(valid[0].host).toBe('group:default/payments-team');
  });

  it('names each invalid embed and what is wrong with it', () => {
    const { valid, errors } = validateProvidedEmbeds([
      { ...embed, key: 'no-seats', seats: 0 },
      { ...embed, key: 'user-host', host: 'user:default/ada' },
      { ...embed, key: 'bad-source', sourceLocation: 'ftp://files.example/x' },
      { title: 'No key' },
    ]);
    expect(valid).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(/^embed 'no-seats' is invalid: seats:/),
      expect.stringMatching(/^embed 'user-host' is invalid: host:/),
      expect.stringMatching(/^embed 'bad-source' is invalid: sourceLocation:/),
      expect.stringMatching(/^embed #3 is invalid: /),
    ]);
  });
});
