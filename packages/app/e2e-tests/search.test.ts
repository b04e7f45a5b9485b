import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { screenshots, signIn, signInAs } from './helpers';

/*
 * Discovery through Backstage search (issue 15): learning material is
 * indexed by the suite's search module, found in the search modal among
 * the rest, and never shown to who may not read it. The demo's policy lets
 * contractors (Sam Rivera) read only the platform team's material.
 */

/** Opens the sidebar's search modal and searches; returns the dialog. */
async function searchInModal(page: Page, term: string) {
  await page.getByRole('navigation').getByText('Search').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(term);
  return dialog;
}

const COURSE = 'Double-entry bookkeeping for engineers';

test('a developer types "ledger" in the search modal, finds the course with its chips and opens it', async ({
  page,
}) => {
  await signIn(page);
  // the collators run a few seconds after start, then every minute
  await expect(async () => {
    await page.goto('/catalog');
    const dialog = await searchInModal(page, 'ledger');
    await expect(dialog.getByRole('link', { name: COURSE })).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });

  const dialog = page.getByRole('dialog');
  const item = dialog
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: COURSE }) });
  for (const chip of ['Course', 'Workshop', 'Intermediate', 'Fresh']) {
    await expect(
      item.locator('.MuiChip-label', { hasText: chip }),
    ).toBeVisible();
  }
  await expect(item.getByText(/^Teaches /)).toBeVisible();
  // among the rest of the portal: the ledger's own component
  await expect(
    dialog.getByRole('link', { name: /ledger-service/ }).first(),
  ).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, 'search-modal.png') });

  await item.getByRole('link', { name: COURSE }).click();
  await expect(page).toHaveURL(/\/learning\/resources\//);
  await expect(page.getByRole('heading', { name: COURSE })).toBeVisible();
});

test('a contractor the policy denies the course does not find it', async ({
  browser,
  baseURL,
}) => {
  const page = await signInAs(browser, baseURL!, 'sam-rivera');
  // the platform team's toolkit is theirs to read: search works for them
  await expect(async () => {
    await page.goto('/catalog');
    const dialog = await searchInModal(page, 'backstage onboarding');
    await expect(
      dialog.getByRole('link', { name: 'Run your own Backstage onboarding' }),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });

  await page.keyboard.press('Escape');
  const dialog = await searchInModal(page, 'ledger');
  await expect(
    dialog.getByRole('link', { name: /ledger-service/ }).first(),
  ).toBeVisible();
  await expect(dialog.getByRole('link', { name: COURSE })).toHaveCount(0);
  // nor on the /learning page
  await page.goto('/learning/all');
  await expect(page.getByText(/^\d+ results?$/)).toBeVisible();
  await expect(page.getByText(COURSE)).toHaveCount(0);
  await page.context().close();
});

test('the search page offers Learning and Embeds, filters learning results, and answers every type it offers', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/search?query=ledger');
  // the result types are buttons of the page; the sidebar's Learning is a link
  const type = (name: string) =>
    page.getByRole('button', { name: new RegExp(`^${name}\\b`) });
  await expect(async () => {
    await page.reload();
    await type('Learning').click();
    await expect(page.getByRole('link', { name: COURSE })).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByRole('link', { name: 'ledger-service' })).toHaveCount(
    0,
  );

  // every type the page offers answers (Documentation is the demo's TechDocs)
  for (const [name, result] of [
    ['Software Catalog', 'ledger-service'],
    ['Documentation', /payments-api docs/],
    ['Embeds', 'Four weeks on the ledger'],
  ] as const) {
    await type(name).click();
    await expect(
      page.getByRole('link', { name: result }).first(),
    ).toBeVisible();
  }

  await type('Learning').click();
  // learning's own filters, while its results are shown
  await page.getByLabel('Format').click();
  await page.getByRole('option', { name: 'workshop' }).click();
  await expect(page.getByRole('link', { name: COURSE })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Posting and reversing entries' }),
  ).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'search-page.png') });
});
