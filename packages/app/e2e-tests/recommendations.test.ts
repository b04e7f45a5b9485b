import { expect, test } from '@playwright/test';
import path from 'node:path';
import {
  checkAccessibility,
  screenshots,
  signIn,
  syncDemoMaterial,
} from './helpers';

/*
 * Suggestions in the demo: the guest is alice-chen of payments-team, who
 * completed Payments 101. Five of the demo's engineers completed Payments
 * 101 and the fraud scoring lab (examples/learning/demo-learners.yaml); the
 * demo builds the model every 20 seconds.
 */

const LAB = 'Fraud scoring lab';
const ALSO = 'Learners who completed Payments 101 also completed this';

test('the demo user sees suggestions with reasons, dismisses one, and sees what learners also completed', async ({
  page,
  request,
}) => {
  await syncDemoMaterial(request);
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Learning' })
    .click();
  // "For you" is the first tab, and the one that opens
  await expect(page.getByRole('tab').first()).toHaveText('For you');
  const suggestions = page.getByTestId('suggestion');
  const lab = suggestions.filter({ hasText: LAB });
  // the model may still be on its way after a fresh start
  await expect(async () => {
    await page.reload();
    await expect(lab.getByText(ALSO)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  // the ownership graph: alice's team owns payments-api
  await expect(
    page
      .getByText(/^Because (your team owns|.*, which your team owns,)/)
      .first(),
  ).toBeVisible();
  await checkAccessibility(page, 'the For you tab');
  await page.screenshot({
    path: path.join(screenshots, 'for-you.png'),
    fullPage: true,
  });

  // not interested, undone, then for good
  await page.getByRole('button', { name: `Not interested in ${LAB}` }).click();
  await expect(lab).toHaveCount(0);
  await expect(
    page.getByText(`${LAB} will not be suggested again`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lab).toHaveCount(1);
  await page.getByRole('button', { name: `Not interested in ${LAB}` }).click();
  await expect(lab).toHaveCount(0);
  await page.reload();
  await expect(suggestions.first()).toBeVisible();
  await expect(lab).toHaveCount(0);

  // Payments 101's page: what its learners also completed
  await page.getByRole('tab', { name: 'All material' }).click();
  await page.getByRole('link', { name: 'Payments 101' }).first().click();
  await expect(
    page.getByText('Learners who completed this also completed'),
  ).toBeVisible();
  const related = page.getByRole('link', { name: LAB });
  await expect(related).toBeVisible();
  await expect(page.getByText(ALSO)).toBeVisible();
  await related.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'related.png') });

  // so that a retry on this backend finds the lab suggested again
  const labId = (await related.getAttribute('href'))!.split('/').pop();
  const refresh = await request.get('/api/auth/guest/refresh?env=development');
  const token = (await refresh.json()).backstageIdentity.token;
  const undone = await request.delete(`/api/learning/me/dismissals/${labId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(undone.status()).toBe(204);
});

test('the home page shows learning for you, and a service page who can teach it', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/home');
  await expect(page.getByText('Learning for you')).toBeVisible();
  await expect(page.getByTestId('suggestion').first()).toBeVisible();
  await expect(page.getByText(/^Because /).first()).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, 'home-card.png') });

  await page.goto('/catalog/default/component/payments-api/learning');
  await expect(page.getByText('Who can teach this')).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Who can teach this' })
      .getByText(/SME of /)
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Your next step')).toBeVisible();
});

test('the demo user sees their derived expertise and chooses to be named as someone who can teach', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/learning/expertise');
  const skills = page.getByRole('list', { name: 'Your expertise' });
  // alice-chen's team owns payments-api, and she is an SME of Payments 101
  // (what she completed in other tests may come between)
  const api = skills
    .getByRole('listitem')
    .filter({ has: page.getByText('payments-api', { exact: true }) });
  await expect(api).toContainText('Your team owns payments-api');
  await expect(api).toContainText('SME of Payments 101');
  const share = page.getByRole('checkbox', {
    name: 'Name me among the people who can teach what I completed',
  });
  const before = await share.isChecked();
  await share.click();
  await expect(share).toBeChecked({ checked: !before });
  await page.reload();
  await expect(share).toBeChecked({ checked: !before });
  await checkAccessibility(page, 'the My expertise tab');
  await page.screenshot({ path: path.join(screenshots, 'expertise.png') });
  // as it was, for the next run on this backend
  await share.click();
  await expect(share).toBeChecked({ checked: before });
});
