import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { spec } from './openapi/generated/router';

describe('openapi', () => {
  it('generated router.ts matches openapi.yaml (run yarn openapi:generate)', () => {
    const yaml = YAML.parse(
      fs.readFileSync(path.resolve(__dirname, 'openapi.yaml'), 'utf8'),
    );
    expect(spec).toEqual(yaml);
  });
});
