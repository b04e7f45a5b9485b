import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, Browser, expect, Page } from '@playwright/test';
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
 * Signs in, in a browser context of its own, as another demo user (the
 * demo's sign-in takes the user from the x-demo-user header).
 */
export async function signInAs(
  browser: Browser,
  baseURL: string,
  user: string,
) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-demo-user': user },
  });
  const page = await context.newPage();
  await signIn(page);
  return page;
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

/**
 * Has the backend read the demo's learning YAML now (as ledger-service's
 * owner may ask), and waits until it has, and until the academy's
 * catalogue export is in: a backend just started reads them some seconds
 * in, so counts of material depend on them.
 */
export async function syncDemoMaterial(request: APIRequestContext) {
  const refresh = await request.get('/api/auth/guest/refresh?env=development');
  const token = (await refresh.json()).backstageIdentity.token;
  const headers = { Authorization: `Bearer ${token}` };
  const entityRef = 'component:default/ledger-service';
  const lastRead = async () => {
    const response = await request.get('/api/learning/sources', {
      headers,
      params: { entityRef },
    });
    const { items } = (await response.json()) as {
      items: Array<{ checkedAt?: string }>;
    };
    return (
      items
        .map(s => s.checkedAt ?? '')
        .sort()
        .pop() ?? ''
    );
  };
  const before = await lastRead();
  const asked = await request.post('/api/learning/sources/refresh', {
    headers,
    params: { entityRef },
  });
  expect(asked.status()).toBe(202);
  await expect.poll(lastRead, { timeout: 45_000 }).not.toBe(before);
  const academy = async () => {
    // percent-encoded: the API refuses a '+' for a space
    const response = await request.get(
      `/api/learning/resources?q=${encodeURIComponent(
        'Backstage for everyone',
      )}`,
      { headers },
    );
    return (await response.json()).totalCount;
  };
  await expect.poll(academy, { timeout: 45_000 }).toBe(1);
}
