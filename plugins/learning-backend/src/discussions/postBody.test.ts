import { mentionsIn, unsafeLink } from './postBody';

describe('unsafeLink', () => {
  it.each([
    '[click](javascript:alert(1))',
    '[click]( javascript:alert(1))',
    '[click](<javascript:alert(1)>)',
    '<javascript:alert(1)>',
    '[x]: javascript:alert(1)',
    '![img](data:text/html;base64,PHNjcmlwdD4=)',
    '[click](jav&#x61;script:alert(1))',
    '[click](java&#9;script:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<img src=vbscript:msgbox(1)>',
  ])('finds the unsafe link in %s', body => {
    expect(unsafeLink(body)).toBeDefined();
  });

  it.each([
    'plain text with javascript: in a sentence',
    '[docs](https://backstage.io/docs)',
    '[mail](mailto:sme@example.com)',
    '[relative](/catalog/default/component/payments-api)',
    '<https://example.com>',
  ])('lets %s through', body => {
    expect(unsafeLink(body)).toBeUndefined();
  });
});

describe('mentionsIn', () => {
  const smes = ['user:default/jane-doe', 'user:default/omar.ali'];

  it('finds the SMEs mentioned by their names', () => {
    expect(
      mentionsIn('@jane-doe and @Omar.Ali, can you look? @nobody', smes),
    ).toEqual(['user:default/jane-doe', 'user:default/omar.ali']);
  });

  it('ignores e-mail addresses and repeated mentions', () => {
    expect(
      mentionsIn('mail me@jane-doe.com; @jane-doe @jane-doe', smes),
    ).toEqual(['user:default/jane-doe']);
  });
});
