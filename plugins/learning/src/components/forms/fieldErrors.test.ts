import { refusal } from '../../__testUtils__/refusals';
import { splitFieldErrors } from './fieldErrors';

describe('splitFieldErrors', () => {
  it('puts each problem of the backend’s answer at the field it names', async () => {
    expect(
      splitFieldErrors(await refusal('resource'), [
        'title',
        'language',
        'tags',
      ]),
    ).toEqual({
      byField: {
        title: 'must NOT have more than 200 characters',
        language: 'must NOT have more than 16 characters',
        tags: '0: must NOT have more than 64 characters',
      },
    });
    expect(splitFieldErrors(await refusal('resourceRefs'), ['links'])).toEqual({
      byField: {
        links:
          '0.entityRef: component:default/gone is not in the catalog, or you may not see it',
      },
      // a field the form does not have
      other:
        'owner: group:default/nobody is not in the catalog, or you may not see it',
    });
  });

  it('keeps an error that names no field whole', () => {
    expect(
      splitFieldErrors(
        new Error('title: looks like a field, but is only a message'),
        ['title'],
      ),
    ).toEqual({
      byField: {},
      other: 'title: looks like a field, but is only a message',
    });
    expect(splitFieldErrors(undefined, ['title'])).toEqual({ byField: {} });
  });
});
