#!/usr/bin/env node
/*
 * Packs every published package as a platform team would receive it
 * (`yarn pack`, after `yarn build:all`) and checks the tarball: `dist/`
 * with JavaScript and type declarations, README, LICENSE, the config
 * schema where the package has config, no `workspace:` ranges, and every
 * module that its dist (JavaScript and .d.ts) imports declared in its
 * dependencies or peer dependencies.
 *
 * Usage: node scripts/check-packs.js
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { builtinModules } = require('module');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

function publishedPackages() {
  return fs
    .readdirSync(path.join(ROOT, 'plugins'))
    .map(name => path.join(ROOT, 'plugins', name))
    .filter(dir => fs.existsSync(path.join(dir, 'package.json')))
    .filter(dir => !readJson(path.join(dir, 'package.json')).private);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file, out);
    else out.push(file);
  }
  return out;
}

/** The package a bare module specifier names: `@a/b/c` → `@a/b`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const builtins = new Set(builtinModules);
// import/export statements, side-effect imports, require() and import()
const IMPORTS = [
  /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"\s]+)['"]/gm,
  /^\s*import\s*['"]([^'"\s]+)['"]/gm,
  /\brequire\(\s*['"]([^'"\s]+)['"]\s*\)/g,
  /\bimport\(\s*['"]([^'"\s]+)['"]\s*\)/g,
];
const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** The bare modules a file imports, packages only. */
function importsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const found = new Set();
  for (const pattern of IMPORTS) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const name = packageOf(specifier);
      if (PACKAGE_NAME.test(name) && !builtins.has(name)) {
        found.add(name);
      }
    }
  }
  return found;
}

function checkPackage(dir, out) {
  const problems = [];
  const source = readJson(path.join(dir, 'package.json'));
  const tarball = path.join(out, `${path.basename(dir)}.tgz`);
  execFileSync('yarn', ['pack', '--out', tarball], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const unpacked = path.join(out, path.basename(dir));
  fs.mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const root = path.join(unpacked, 'package');
  const packed = readJson(path.join(root, 'package.json'));
  const files = walk(root).map(f => path.relative(root, f));

  const need = ['README.md', 'LICENSE'];
  if (source.configSchema) {
    // prepack turns config.d.ts into the schema it names
    if (packed.configSchema) need.push(packed.configSchema);
    else problems.push('has config, but names no config schema');
  }
  for (const file of need) {
    if (!files.includes(file)) problems.push(`has no ${file}`);
  }
  const dist = files.filter(f => f.startsWith('dist/'));
  if (!dist.some(f => /\.(cjs|esm)\.js$/.test(f))) {
    problems.push('has no JavaScript in dist/');
  }
  if (!dist.some(f => f.endsWith('.d.ts'))) {
    problems.push('has no type declarations in dist/');
  }

  const declared = new Set([
    packed.name,
    ...Object.keys(packed.dependencies ?? {}),
    ...Object.keys(packed.peerDependencies ?? {}),
    ...Object.keys(packed.optionalDependencies ?? {}),
  ]);
  for (const section of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const [name, range] of Object.entries(packed[section] ?? {})) {
      if (String(range).startsWith('workspace:')) {
        problems.push(`${section}.${name} is '${range}'`);
      }
    }
  }
  const undeclared = new Map();
  for (const file of dist.filter(f => /\.(js|d\.ts)$/.test(f))) {
    for (const name of importsOf(path.join(root, file))) {
      if (!declared.has(name)) {
        undeclared.set(name, undeclared.get(name) ?? file);
      }
    }
  }
  for (const [name, file] of undeclared) {
    problems.push(`imports ${name} (in ${file}), which it does not declare`);
  }
  return { name: packed.name, problems };
}

function main() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'learning-packs-'));
  let failed = 0;
  try {
    for (const dir of publishedPackages()) {
      const { name, problems } = checkPackage(dir, out);
      if (problems.length === 0) {
        console.log(`ok   ${name}`);
        continue;
      }
      failed += 1;
      console.error(`FAIL ${name}`);
      for (const problem of problems) console.error(`     ${problem}`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  if (failed > 0) process.exit(1);
}

main();
