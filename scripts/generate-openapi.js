#!/usr/bin/env node
/*
 * Generates, from plugins/learning-backend/src/schema/openapi.yaml:
 *
 * - the backend's src/schema/openapi/generated/router.ts: the spec as a
 *   `const` object and a typed, validating router. It stands in for
 *   `backstage-repo-tools package schema openapi generate --server`, whose
 *   Java generator cannot be downloaded here;
 * - the common package's src/generated/openapi.ts: the TypeScript types of
 *   every schema, request and response (openapi-typescript), which the
 *   common package's public types alias, so that a field is declared once.
 *
 * Usage: node scripts/generate-openapi.js [--check]
 * With --check it writes nothing and fails when a file is out of date.
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const prettier = require('prettier');

const ROOT = path.resolve(__dirname, '..');
const SPEC = path.join(
  ROOT,
  'plugins/learning-backend/src/schema/openapi.yaml',
);
const ROUTER = path.join(
  ROOT,
  'plugins/learning-backend/src/schema/openapi/generated/router.ts',
);
const TYPES = path.join(
  ROOT,
  'plugins/learning-common/src/generated/openapi.ts',
);

const HEADER = `// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit openapi.yaml and *
// * run \`yarn openapi:generate\` at the repository root.            *
// ******************************************************************
`;

function routerSource(spec) {
  return `${HEADER}import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = ${JSON.stringify(spec, null, 2)} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`;
}

/**
 * openapi-typescript writes JSDoc (`@description`, `@enum {string}`) that
 * API Extractor's TSDoc does not read: plain text instead, and a release
 * tag on each export.
 */
function tsdoc(source) {
  return source
    .replace(/^\s*\/\*\* @enum \{[a-z]+\} \*\/\n/gm, '')
    .replace(/^\s*\* @enum \{[a-z]+\}\n/gm, '')
    .replace(/@description /g, '')
    .replace(/^export (interface|type) /gm, '/** @public */\nexport $1 ');
}

async function typesSource(spec) {
  const { default: openapiTS, astToString } = await import(
    'openapi-typescript'
  );
  const ast = await openapiTS(spec, { silent: true });
  return `${HEADER}/* eslint-disable */
/**
 * The types of the Tech Learning HTTP API, from its OpenAPI spec.
 *
 * @packageDocumentation
 */

${tsdoc(astToString(ast))}`;
}

async function main() {
  const check = process.argv.includes('--check');
  const spec = YAML.parse(fs.readFileSync(SPEC, 'utf8'));
  const outputs = [
    [ROUTER, routerSource(spec)],
    [TYPES, await typesSource(spec)],
  ];
  let stale = false;
  for (const [file, source] of outputs) {
    const config = await prettier.resolveConfig(file);
    const formatted = await prettier.format(source, {
      ...config,
      parser: 'typescript',
    });
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === formatted) {
      continue;
    }
    if (check) {
      console.error(
        `${path.relative(
          ROOT,
          file,
        )} is out of date: run yarn openapi:generate`,
      );
      stale = true;
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, formatted);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
  if (stale) {
    process.exit(1);
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
