import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';
import path from 'node:path';

/** Where the browser tests put the screenshots the README shows. */
export const screenshots = path.resolve(__dirname, '../../../docs/screenshots');

/**
 * Signs in as the demo's guest (user:default/alice-chen) and waits for the
 * catalog.
 */
export async function signIn(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(
    page.getByRole('heading', { name: 'Northwind Pay Catalog' }),
  ).toBeVisible();
}

/**
 * Fails on any serious or critical accessibility violation (WCAG 2 A and
 * AA) in the page's main content; the app's own sidebar is not ours.
 */
export async function checkAccessibility(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  const serious = results.violations.filter(v =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(
    serious.map(
      v =>
        `${v.id}: ${v.help} on ${what}: ${v.nodes
          .map(n => `${n.target.join(' ')} (${n.failureSummary ?? ''})`)
          .join('; ')}`,
    ),
  ).toEqual([]);
}
