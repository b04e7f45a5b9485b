import { expect, test } from '@playwright/test';
import path from 'node:path';
import {
  checkAccessibility,
  screenshots,
  signIn,
  syncDemoMaterial,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('the catalog lists the demo entities', async ({ page }) => {
  await expect(
    page.getByRole('link', { name: 'payments-api' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'ledger-service' }),
  ).toBeVisible();
});

test('a component page shows the learning card with data from the backend', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/payments-api');
  const card = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('What teaches this, and who knows it') });
  await expect(card).toBeVisible();
  await expect(card.getByText('Designing idempotent APIs')).toBeVisible();
  await expect(card.getByText('Payments 101')).toBeVisible();
  await expect(card.getByText('Subject-matter experts')).toBeVisible();
  await expect(
    card.getByRole('link', { name: /Alice Chen|alice-chen/ }),
  ).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Idempotency in payments-api' }),
  ).toBeVisible();
  await checkAccessibility(page, 'the overview of payments-api');
  await card.screenshot({ path: path.join(screenshots, 'entity-card.png') });
});

test('the Learning tab lists the material of the component and its system', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/payments-api/learning');
  await expect(
    page.getByText('Learning material (', { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText('Onboarding to the payments system').first(),
  ).toBeVisible();
  await expect(page.getByText('Teaches it (its system)').first()).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'entity-tab.png'),
    fullPage: true,
  });
});

test('the /learning page lists and searches all material', async ({
  page,
  request,
}) => {
  // the demo's material: from its provider, its learning YAML and its LMS
  await syncDemoMaterial(request);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Learning' })
    .click();
  await expect(page).toHaveURL(/\/learning$/);
  await page.getByRole('tab', { name: 'All material' }).click();
  await expect(page).toHaveURL(/\/learning\/all$/);
  await expect(page.getByText('18 results')).toBeVisible();
  await checkAccessibility(page, 'the /learning page');
  await page
    .getByRole('textbox', { name: 'Search learning material' })
    .fill('kafka');
  // by title, and by tag: the academy's streaming course
  await expect(page.getByText('2 results', { exact: true })).toBeVisible();
  await expect(page.getByText('Kafka bootcamp')).toBeVisible();
  await expect(page.getByText('Streaming fundamentals')).toBeVisible();
  // words with spaces between them reach the backend as they were typed
  await page
    .getByRole('textbox', { name: 'Search learning material' })
    .fill('streaming fundamentals');
  await expect(page.getByText('1 result', { exact: true })).toBeVisible();
  // stemmed: "partition" finds the two courses whose summaries say
  // "partitions"; and -word leaves out
  const search = page.getByRole('textbox', {
    name: 'Search learning material',
  });
  await search.fill('partition');
  await expect(page.getByText('2 results', { exact: true })).toBeVisible();
  await expect(page.getByText('Kafka bootcamp')).toBeVisible();
  await expect(page.getByText('Streaming fundamentals')).toBeVisible();
  // the words it matched are marked
  await expect(
    page.locator('mark', { hasText: /^partitions$/ }).first(),
  ).toBeVisible();
  await search.fill('partitions -bootcamp');
  await expect(page.getByText('1 result', { exact: true })).toBeVisible();
  await expect(page.getByText('Streaming fundamentals')).toBeVisible();
  await expect(page.getByText('Kafka bootcamp')).toHaveCount(0);
  // nothing found: what narrowed it, and one click back to everything
  await search.fill('zeppelin');
  await expect(page.getByText('Nothing matches “zeppelin”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByText('18 results')).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'learning-page.png'),
    fullPage: true,
  });
});
