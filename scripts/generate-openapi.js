#!/usr/bin/env node
/*
 * Writes src/schema/openapi/generated/router.ts of a backend plugin from its
 * src/schema/openapi.yaml: the spec as a `const` object and a typed,
 * validating router. It stands in for `backstage-repo-tools package schema
 * openapi generate --server`, whose Java generator cannot be downloaded
 * here. A test in each plugin checks that the two files agree.
 *
 * Usage: node scripts/generate-openapi.js plugins/learning-backend [--check]
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const prettier = require('prettier');

async function main() {
  const [dir, flag] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: generate-openapi.js <plugin dir> [--check]');
    process.exit(2);
  }
  const yamlPath = path.resolve(dir, 'src/schema/openapi.yaml');
  const outPath = path.resolve(dir, 'src/schema/openapi/generated/router.ts');
  const spec = YAML.parse(fs.readFileSync(yamlPath, 'utf8'));
  const source = `// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit openapi.yaml and *
// * run \`yarn openapi:generate\` at the repository root.            *
// ******************************************************************
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = ${JSON.stringify(spec, null, 2)} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`;
  const config = await prettier.resolveConfig(outPath);
  const formatted = await prettier.format(source, {
    ...config,
    parser: 'typescript',
  });
  if (flag === '--check') {
    const current = fs.existsSync(outPath)
      ? fs.readFileSync(outPath, 'utf8')
      : '';
    if (current !== formatted) {
      console.error(`${outPath} is out of date: run yarn openapi:generate`);
      process.exit(1);
    }
    return;
  }
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, formatted);
  console.log(`wrote ${path.relative(process.cwd(), outPath)}`);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
