#!/usr/bin/env node
/*
 * Prints what scripts/test.sh ran and the closing line `N passed, N failed`
 * (Jest tests + Playwright tests on each database engine + check steps).
 * Exits 1 if anything failed or if a test runner left no report.
 */
const fs = require('fs');
const path = require('path');

const [reports, stepsPassed, stepsFailed, ...failedSteps] =
  process.argv.slice(2);

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = Number(stepsPassed);
let failed = Number(stepsFailed);
let skipped = 0;

const jest = readJson('jest.json');
if (jest) {
  console.log(
    `jest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numPendingTests} skipped in ${jest.numTotalTestSuites} suites`,
  );
  for (const suite of jest.testResults) {
    for (const test of suite.assertionResults) {
      if (test.status === 'failed') {
        console.log(
          `  FAILED ${path.relative(process.cwd(), suite.name)}: ${
            test.fullName
          }`,
        );
      }
    }
    if (suite.status === 'failed' && suite.assertionResults.length === 0) {
      console.log(
        `  FAILED to run ${path.relative(process.cwd(), suite.name)}`,
      );
      failed += 1;
    }
  }
  passed += jest.numPassedTests;
  failed += jest.numFailedTests;
  skipped += jest.numPendingTests;
} else {
  console.log('jest: no report');
  failed += 1;
}

// one Playwright report per database engine the demo ran on
for (const engine of ['sqlite', 'postgres']) {
  const pw = readJson(`playwright-${engine}.json`);
  if (pw) {
    const s = pw.stats;
    console.log(
      `playwright (${engine}): ${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`,
    );
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
  } else {
    console.log(`playwright (${engine}): no report`);
    failed += 1;
  }
}

console.log(
  `checks: ${stepsPassed} passed, ${stepsFailed} failed${
    failedSteps.length ? ` (${failedSteps.join('; ')})` : ''
  }`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
