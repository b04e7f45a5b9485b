import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { checkAccessibility, screenshots, signInAs } from './helpers';

/*
 * The probe of issue 17: isla-novak, of the data team (outside payments-team),
 * makes a course of her own and links it as "teaches" to payments-api. It
 * must not show on the service page's card; it shows, collapsed, under
 * "Suggested by others" on the Learning tab, where alice-chen (of
 * payments-team, its owner) accepts it; then it is on the card.
 */

const ENTITY = '/catalog/default/component/payments-api';

const learningCard = (page: Page) =>
  page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('What teaches this, and who knows it') });

test('material linked by someone outside the owners waits for them, then shows on the card', async ({
  browser,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const title = `Payments the data team way ${run}`;

  const isla = await signInAs(browser, baseURL!, 'isla-novak');
  const refresh = await isla.request.get(
    '/api/auth/guest/refresh?env=development',
  );
  const token = (await refresh.json()).backstageIdentity.token;
  const created = await isla.request.post('/api/learning/resources', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      kind: 'course',
      title,
      summary: 'How I would do it',
      format: 'reading',
      level: 'beginner',
      owner: 'user:default/isla-novak',
      urls: [{ url: 'https://example.com/payments' }],
      links: [
        { entityRef: 'component:default/payments-api', relation: 'teaches' },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const resource = await created.json();
  expect(resource.links).toEqual([]);

  // her resource page says what waits, and for whom
  await isla.goto(`/learning/resources/${resource.id}`);
  const waiting = isla.getByRole('main').getByLabel('Waiting for the owners');
  await expect(waiting.getByText('payments-api')).toBeVisible();

  // alice, of payments-team: not on the card
  const alice = await signInAs(browser, baseURL!, 'alice-chen');
  await alice.goto(ENTITY);
  await expect(
    learningCard(alice).getByText('Secure service checklist'),
  ).toBeVisible();
  await expect(learningCard(alice).getByText(title)).toHaveCount(0);

  // on the Learning tab, collapsed under "Suggested by others"
  await alice.goto(`${ENTITY}/learning`);
  const suggested = alice.getByRole('button', {
    name: /Suggested by others/,
  });
  await expect(suggested).toBeVisible();
  await expect(alice.getByRole('link', { name: title })).toHaveCount(0);
  await suggested.click();
  const item = alice.getByRole('listitem', { name: title });
  await expect(
    item.getByText(/suggested by Isla Novak|isla-novak/),
  ).toBeVisible();
  await checkAccessibility(alice, 'the suggested links');
  await alice.screenshot({
    path: path.join(screenshots, 'suggested-links.png'),
    fullPage: true,
  });

  // isla sees it there too, with nothing to decide
  await isla.goto(`${ENTITY}/learning`);
  await isla.getByRole('button', { name: /Suggested by others/ }).click();
  const hers = isla.getByRole('listitem', { name: title });
  await expect(hers).toBeVisible();
  await expect(hers.getByRole('button')).toHaveCount(0);

  // alice accepts: it is a link like any other, on the card
  await item.getByRole('button', { name: `Accept ${title}` }).click();
  await expect(
    alice.getByRole('main').getByRole('link', { name: title }).first(),
  ).toBeVisible();
  await alice.goto(ENTITY);
  await expect(learningCard(alice).getByText(title)).toBeVisible();
});
