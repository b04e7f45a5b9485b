import fc from 'fast-check';
import { parseTextQuery, toFtsQueries, toTsQueries } from './textQuery';

describe('parseTextQuery', () => {
  it('reads words, phrases, exclusions, alternatives and the last prefix', () => {
    expect(
      parseTextQuery('kafka "exactly once" -bootcamp streams or events'),
    ).toEqual({
      required: [
        [{ words: ['kafka'], prefix: false }],
        [{ words: ['exactly', 'once'], prefix: false }],
        [
          { words: ['streams'], prefix: false },
          { words: ['events'], prefix: true },
        ],
      ],
      excluded: [{ words: ['bootcamp'], prefix: false }],
    });
  });

  it('makes a word of parts a phrase, and drops common words unless quoted', () => {
    expect(parseTextQuery('the payments-api of "the ledger"')).toEqual({
      required: [
        [{ words: ['payments', 'api'], prefix: false }],
        [{ words: ['the', 'ledger'], prefix: false }],
      ],
      excluded: [],
    });
  });

  it('finds nothing to search for in punctuation, operators or common words', () => {
    for (const text of [
      '',
      '  ',
      '-',
      '"',
      '""',
      'or',
      '- or "',
      '!!! ***',
      'the of',
    ]) {
      expect({ text, query: parseTextQuery(text) }).toEqual({
        text,
        query: undefined,
      });
    }
  });

  it('ignores an "or" with nothing to join', () => {
    expect(parseTextQuery('or kafka or')?.required).toEqual([
      [{ words: ['kafka'], prefix: true }],
    ]);
    expect(parseTextQuery('kafka or -bootcamp')).toEqual({
      required: [[{ words: ['kafka'], prefix: false }]],
      excluded: [{ words: ['bootcamp'], prefix: false }],
    });
  });

  it('writes each engine its query', () => {
    const query = parseTextQuery('-kafka "two entries" ledger or payme')!;
    expect(toTsQueries(query)).toEqual({
      matching: "('two' <-> 'entries') & ('ledger' | 'payme':*)",
      excluding: "'kafka'",
    });
    expect(toFtsQueries(query)).toEqual({
      matching: '("two entries" AND ("ledger" OR "payme"*)) NOT ("kafka")',
    });
    expect(toFtsQueries(parseTextQuery('-kafka -"event bus"')!)).toEqual({
      excluding: '"kafka" OR "event bus"',
    });
  });

  it('writes only words, quotes and the engines operators, whatever the text', () => {
    const word = "'[\\p{L}\\p{N}]+'(:\\*)?";
    const tsOperand = new RegExp(`^(${word}|[()&|!<\\->\\s])*$`, 'u');
    const ftsOperand = /^("[\p{L}\p{N} ]+"\*?|[() ]|AND|OR|NOT)*$/u;
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), text => {
        const query = parseTextQuery(text);
        if (!query) {
          return;
        }
        const ts = toTsQueries(query);
        const fts = toFtsQueries(query);
        for (const part of [ts.matching, ts.excluding]) {
          expect(part ?? '').toMatch(tsOperand);
        }
        for (const part of [fts.matching, fts.excluding]) {
          expect(part ?? '').toMatch(ftsOperand);
        }
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
