import { expect, test } from '@playwright/test';
import path from 'node:path';
import { checkAccessibility, screenshots, signIn } from './helpers';

/*
 * Freshness (issue 6). "Designing idempotent APIs", from the demo's
 * provider, was last reviewed on 1 March 2026 with a 120-day interval: it is
 * due. The demo's guest (Alice Chen, of payments-team, which owns it) sees
 * its badge on payments-api's page, hears of it through a notification
 * (the freshness task runs half a minute after start), finds it in "To
 * review", and marks it reviewed; the badge is gone after.
 */
const title = 'Designing idempotent APIs';

test('a stale course shows its badge, reminds its owners, and can be marked reviewed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api');
  const main = page.getByRole('main');
  const row = main.getByRole('listitem').filter({
    has: page.getByRole('link', { name: title }),
  });
  await expect(row.getByText('Due for review')).toBeVisible();

  // the owners heard of it once, from the scheduled check
  await expect(async () => {
    await page.goto('/notifications');
    await expect(
      page.getByText(`“${title}” is due for review`).first(),
    ).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 75_000 });

  await page.goto('/learning/review');
  const queue = page.getByRole('main');
  const item = queue.getByRole('row').filter({
    has: page.getByRole('link', { name: title }),
  });
  await expect(item.getByText('Due for review')).toBeVisible();
  await expect(
    item.getByText(/^Last reviewed (Mar 1, 2026|1 Mar 2026); due/),
  ).toBeVisible();
  await checkAccessibility(page, 'the review queue');
  await page.screenshot({
    path: path.join(screenshots, 'review-queue.png'),
    fullPage: true,
  });

  await item.getByRole('button', { name: `Mark ${title} reviewed` }).click();
  await expect(item.getByText('Reviewed just now')).toBeVisible();
  await expect(item.getByText('Fresh')).toBeVisible();

  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const about = page.getByRole('main');
  await expect(about.getByText('Fresh', { exact: true })).toBeVisible();
  await expect(
    about.getByText(/ by Alice Chen, every 120 days; next review /),
  ).toBeVisible();

  await page.goto('/catalog/default/component/payments-api');
  await expect(main.getByRole('link', { name: title }).first()).toBeVisible();
  await expect(row.getByText('Due for review')).toHaveCount(0);
});

test('the TechDocs of an entity show the material that teaches it and its experts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto('/docs/default/component/payments-api');
  const addon = page.getByRole('complementary', { name: 'Learn this' });
  // the first build of the docs takes a moment
  await expect(addon).toBeVisible({ timeout: 60_000 });
  await expect(addon.getByRole('link', { name: 'Payments 101' })).toBeVisible();
  await expect(addon.getByText('Experts')).toBeVisible();
  await expect(addon.getByRole('link', { name: /Bob Okafor/ })).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'techdocs-addon.png'),
    fullPage: true,
  });
});
