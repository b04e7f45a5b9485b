import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { checkAccessibility, screenshots, signIn, signInAs } from './helpers';

/*
 * The embeds journey of issue 5, with two people: Alice Chen (the demo's
 * guest, of payments-team) posts an embed on ledger-service from its
 * Learning tab; Dev Patel (identity-team; the demo's sign-in takes the
 * user from the x-demo-user header) finds it on the component's overview,
 * applies; Alice accepts, and the embed shows the seats left; Dev hears of
 * it on the notifications page.
 */

/** The main content of the page, where the plugin renders. */
const mainOf = (page: Page) => page.getByRole('main');

test('a host posts an embed, another user applies from the component page, the host accepts', async ({
  page,
  browser,
  baseURL,
}) => {
  // a unique title: a retry on the same backend finds the first try's too
  const title = `Two weeks on the ledger ${Date.now().toString(36)}`;

  await signIn(page);
  await page.goto('/catalog/default/component/ledger-service/learning');
  await page.getByRole('button', { name: 'Post an embed' }).click();
  const form = page.getByRole('form', { name: 'New embed' });
  // the host is the user's team; the link is the component it came from
  await expect(form.getByRole('textbox', { name: /^Host team/ })).toHaveValue(
    /group:default\/payments-team/,
  );
  await expect(form.getByRole('textbox', { name: 'Entity 1' })).toHaveValue(
    /component:default\/ledger-service/,
  );
  await form.locator('#learning-embed-title').fill(title);
  await form
    .locator('#learning-embed-summary')
    .fill('Ship one change to double-entry bookkeeping with the team');
  await form
    .locator('#learning-embed-description')
    .fill('Pair with the **payments team** on the ledger.');
  await form.locator('#learning-embed-skillsWanted').fill('TypeScript');
  await form.locator('#learning-embed-skillsWanted').press('Enter');
  await form
    .locator('#learning-embed-skillsTaught')
    .fill('Double-entry bookkeeping');
  await form.locator('#learning-embed-skillsTaught').press('Enter');
  await form.locator('#learning-embed-durationWeeks').fill('2');
  await form.locator('#learning-embed-seats').fill('2');
  await form.locator('#learning-embed-contact').fill('#payments-embeds');
  await checkAccessibility(page, 'the embed form');
  await page.screenshot({
    path: path.join(screenshots, 'embed-form.png'),
    fullPage: true,
  });
  await form.getByRole('button', { name: 'Post the embed' }).click();

  // the new embed's page
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const embedUrl = page.url();
  const main = mainOf(page);
  await expect(
    main.getByText(
      'Flexible start, 2 weeks · 2 of 2 seats left · remote possible',
    ),
  ).toBeVisible();
  await expect(main.getByText('Nobody has applied yet.')).toBeVisible();
  // its hosts do not apply to their own embed
  await expect(main.getByText('Your application')).toHaveCount(0);

  // Dev finds it on the component's overview and applies
  const dev = await signInAs(browser, baseURL!, 'dev-patel');
  await dev.goto('/catalog/default/component/ledger-service');
  const card = dev
    .locator('.MuiCard-root')
    .filter({ has: dev.getByText('What teaches this, and who knows it') });
  const openEmbeds = card.getByRole('list', { name: 'Open embeds' });
  // the demo's own embed of the ledger, and the new one
  await expect(
    openEmbeds.getByRole('link', { name: 'Four weeks on the ledger' }),
  ).toBeVisible();
  await expect(openEmbeds.getByRole('link', { name: title })).toBeVisible();
  await card.screenshot({
    path: path.join(screenshots, 'entity-card-embeds.png'),
  });
  await openEmbeds.getByRole('link', { name: title }).click();
  await expect(dev.getByRole('heading', { name: title })).toBeVisible();
  const devMain = mainOf(dev);
  // not a host: no applications, no change
  await expect(devMain.getByText('Only the hosts see these')).toHaveCount(0);
  await expect(dev.getByRole('button', { name: 'Change' })).toHaveCount(0);
  await devMain
    .getByLabel('Why you, in a few words (optional)')
    .fill('I run the identity services and want to learn the ledger');
  await devMain.getByRole('button', { name: 'Apply' }).click();
  await expect(devMain.getByText(/your application is pending/)).toBeVisible();

  // Alice sees the application and accepts it
  await page.goto(embedUrl);
  const applications = main.getByRole('list', { name: 'Applications' });
  await expect(
    applications.getByText(
      'I run the identity services and want to learn the ledger',
    ),
  ).toBeVisible();
  await checkAccessibility(page, 'the embed page of its host');
  await page.screenshot({
    path: path.join(screenshots, 'embed-page.png'),
    fullPage: true,
  });
  await applications
    .getByRole('button', { name: 'Accept user:default/dev-patel' })
    .click();
  await expect(
    main.getByText(
      'Flexible start, 2 weeks · 1 of 2 seats left · remote possible',
    ),
  ).toBeVisible();
  await expect(applications.getByText('Accepted')).toBeVisible();

  // Dev's page says so, and so does Backstage's notifications page
  await dev.reload();
  await expect(devMain.getByText(/your application is accepted/)).toBeVisible();
  await dev.goto('/notifications');
  await expect(
    dev.getByText(`Your application to “${title}” was accepted`).first(),
  ).toBeVisible();
  await dev.screenshot({
    path: path.join(screenshots, 'notifications.png'),
  });

  // the host changes the embed: one seat now, which is the one taken
  await page.getByRole('button', { name: 'Change' }).click();
  const change = page.getByRole('form', { name: 'Change the embed' });
  await change.locator('#learning-embed-seats').fill('1');
  await change.locator('#learning-embed-startsOn').fill('2027-03-01');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(main.getByText(/^From .*2027, 2 weeks · Filled/)).toBeVisible();

  // filled: no longer among the open embeds of the component
  await dev.goto('/catalog/default/component/ledger-service/learning');
  await expect(
    dev.getByText('Join the team that works on this for a few weeks'),
  ).toBeVisible();
  await expect(dev.getByRole('link', { name: title })).toHaveCount(0);
  await dev.context().close();
});
