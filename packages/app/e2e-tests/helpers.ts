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
