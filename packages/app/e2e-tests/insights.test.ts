import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import {
  checkAccessibility,
  screenshots,
  signInAs,
  syncDemoMaterial,
} from './helpers';

/*
 * The learning program's insights, as the demo's program viewer nora-lind
 * (learning-program, `learning.insights.viewers`): the coverage chart and
 * the learning debt, and a search that found nothing, counted once 5
 * different people searched it. alice-chen, of payments-team, sees no
 * Insights tab.
 */

const tokenOf = async (page: Page) =>
  (
    await (
      await page.request.get('/api/auth/guest/refresh?env=development')
    ).json()
  ).backstageIdentity.token as string;

test('the program sees coverage, the learning debt and what people searched in vain', async ({
  browser,
  baseURL,
  request,
}) => {
  await syncDemoMaterial(request);
  const query = `quantum ledger ${Date.now().toString(36)}`;

  // five people search for it; one in the UI, the others through the API
  const alice = await signInAs(browser, baseURL!, 'alice-chen');
  await alice.goto('/learning/all');
  await alice.getByLabel('Search learning material').fill(query);
  await expect(
    alice.getByRole('main').getByText(/^Nothing matches/),
  ).toBeVisible();
  for (const user of [
    'bob-okafor',
    'carla-mendes',
    'dev-patel',
    'erin-walsh',
  ]) {
    const page = await signInAs(browser, baseURL!, user);
    // spaces as %20: the backend refuses a '+' (as params would write them)
    const found = await page.request.get(
      `/api/learning/resources?q=${encodeURIComponent(query)}`,
      { headers: { authorization: `Bearer ${await tokenOf(page)}` } },
    );
    expect((await found.json()).items).toEqual([]);
    await page.context().close();
  }
  // alice may not read the insights: no tab
  await alice.goto('/learning');
  await expect(alice.getByRole('tab', { name: 'For you' })).toBeVisible();
  await expect(alice.getByRole('tab', { name: 'Insights' })).toHaveCount(0);

  const nora = await signInAs(browser, baseURL!, 'nora-lind');
  await nora.goto('/learning');
  await nora.getByRole('tab', { name: 'Insights' }).click();
  await expect(nora).toHaveURL(/\/learning\/insights$/);

  // coverage: the chart, and the learning debt, most depended on first
  const coverage = nora.getByRole('figure', { name: 'Coverage by system' });
  await expect(coverage.getByRole('application')).toBeVisible();
  await expect(
    coverage.locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  const debt = nora.getByRole('table', {
    name: /^Learning debt: \d+ without material$/,
  });
  await expect(debt).toBeVisible();
  const dependents = await debt
    .locator('tbody tr td:nth-child(6)')
    .allTextContents();
  expect(dependents.length).toBeGreaterThan(0);
  expect(dependents.map(Number)).toEqual(
    [...dependents.map(Number)].sort((a, b) => b - a),
  );
  // payments-api has material: it is taught, not in the debt
  await expect(debt.getByText('payments-api', { exact: true })).toHaveCount(0);
  await expect(
    debt.getByRole('link', { name: /^Add material that teaches / }).first(),
  ).toBeVisible();

  // the search counted (the counters reach the database within seconds)
  const misses = nora.getByRole('table', {
    name: 'Searches that found nothing',
  });
  await expect(async () => {
    await nora.reload();
    await expect(misses.getByText(query, { exact: true })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  const searched = await misses
    .getByRole('row')
    .filter({ hasText: query })
    .locator('td:nth-child(2)')
    .textContent();
  expect(Number(searched)).toBeGreaterThanOrEqual(5);

  // each chart's numbers as a table
  await coverage.getByRole('button', { name: 'Show table' }).click();
  await expect(
    coverage.getByRole('table', { name: 'Coverage by system: the numbers' }),
  ).toContainText('payments');
  await coverage.getByRole('button', { name: 'Show chart' }).click();

  await checkAccessibility(nora, 'the insights');
  await nora.setViewportSize({ width: 1280, height: 1400 });
  await nora.screenshot({
    path: path.join(screenshots, 'insights.png'),
    fullPage: false,
  });
  const demand = nora.getByText('Demand', { exact: true }).first();
  await demand.scrollIntoViewIfNeeded();
  await nora.screenshot({
    path: path.join(screenshots, 'insights-demand.png'),
  });
});
