import { markdownText } from './markdownText';

describe('markdownText', () => {
  it('keeps the words a reader sees and drops the syntax around them', () => {
    const markdown = [
      '## Posting entries',
      '',
      'Read the **ledger** _guide_ and [the runbook](https://example.com/run).',
      '![A diagram of entries](diagram.png)',
      '',
      '- one `debit`',
      '- one credit',
      '1. reverse',
      '> never rewrite history',
      '',
      '```ts',
      'post(entry);',
      '```',
      '| Column | Meaning |',
      '| ------ | ------- |',
      '| amount | cents |',
      '<details>hidden <b>bold</b></details>',
      '[ref]: https://example.com/ref',
    ].join('\n');
    expect(markdownText(markdown)).toBe(
      [
        'Posting entries',
        'Read the ledger guide and the runbook.',
        'A diagram of entries',
        'one debit',
        'one credit',
        'reverse',
        'never rewrite history',
        'post(entry);',
        ' Column Meaning ',
        ' amount cents ',
        ' hidden bold',
      ]
        .map(line => line.replace(/ +/g, ' '))
        .join('\n'),
    );
  });

  it('leaves plain text alone', () => {
    expect(markdownText('Why every movement is two entries.')).toBe(
      'Why every movement is two entries.',
    );
    expect(markdownText('')).toBe('');
  });
});
