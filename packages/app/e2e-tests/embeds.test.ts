import { expect, test } from '@playwright/test';
import path from 'node:path';
import { checkAccessibility, screenshots, signIn } from './helpers';

/*
 * Embeds in the demo (issue 5): the guest, user:default/alice-chen of
 * payments-team, hosts an embed posted through the API (the form to post
 * one comes with the rest of the embeds' UI), finds it on the Learning tab
 * of the component it works on and under /learning, applies to it and, as
 * a host, accepts the application.
 */

test('a host sees an embed of their team, its applications, and fills its seat', async ({
  page,
  request,
}) => {
  await signIn(page);
  const refresh = await request.get('/api/auth/guest/refresh?env=development');
  const token = (await refresh.json()).backstageIdentity.token;
  const headers = { Authorization: `Bearer ${token}` };
  const title = 'A week on the ledger';
  const posted = await request.post('/api/learning/embeds', {
    headers,
    data: {
      title,
      summary: 'Ship one change to double-entry bookkeeping with the team',
      description: 'Pair with the **payments team** on the ledger.',
      host: 'group:default/payments-team',
      links: [
        { entityRef: 'component:default/ledger-service', relation: 'uses' },
      ],
      skillsWanted: ['TypeScript'],
      skillsTaught: ['Double-entry bookkeeping'],
      durationWeeks: 1,
      seats: 1,
      remote: true,
    },
  });
  expect(posted.status()).toBe(201);
  const { id } = await posted.json();

  // the component it works on lists it on its Learning tab
  await page.goto('/catalog/default/component/ledger-service/learning');
  await expect(
    page
      .getByRole('list', { name: 'Open embeds' })
      .locator(`a[href="/learning/embeds/${id}"]`),
  ).toBeVisible();

  // a retry on the same backend finds the first try's embed too
  await page.goto('/learning/embeds');
  await page.locator(`a[href="/learning/embeds/${id}"]`).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const main = page.getByRole('main');
  await expect(
    main.getByText(
      'Flexible start, 1 week · 1 of 1 seats left · remote possible',
    ),
  ).toBeVisible();
  await expect(main.getByText('Nobody has applied yet.')).toBeVisible();
  await checkAccessibility(page, 'the embed page');

  await main
    .getByLabel('Why you, in a few words (optional)')
    .fill('I want to learn the ledger');
  await main.getByRole('button', { name: 'Apply' }).click();
  await expect(main.getByText(/your application is pending/)).toBeVisible();
  const applications = main.getByRole('list', { name: 'Applications' });
  await expect(
    applications.getByText('I want to learn the ledger'),
  ).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'embed-page.png'),
    fullPage: true,
  });

  await applications
    .getByRole('button', { name: 'Accept user:default/alice-chen' })
    .click();
  await expect(main.getByText(/your application is accepted/)).toBeVisible();
  await expect(main.getByText(/· Filled ·/)).toBeVisible();

  // the applicant heard of the decision in Backstage's notifications
  await page.goto('/notifications');
  await expect(
    page.getByText(`Your application to “${title}” was accepted`).first(),
  ).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'notifications.png'),
  });
});
