import { APIRequestContext, expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { checkAccessibility, screenshots, signIn } from './helpers';

/*
 * The journeys of issue 4, in the demo: the guest signs in as
 * user:default/alice-chen, a member of payments-team (which owns
 * payments-api and ledger-service, not auth-gateway). The demo database is
 * in memory, so each backend starts from the demo data; a journey that is
 * retried on the same backend starts by undoing what its first try did.
 */

/** A token of the signed-in guest, to call the backend as the UI does. */
async function guestToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/auth/guest/refresh?env=development');
  expect(response.ok()).toBe(true);
  const body = await response.json();
  return body.backstageIdentity.token;
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('a developer finds a course on a service page, enrols, completes and rates it, and finds it under My learning', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/payments-api');
  const card = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('What teaches this, and who knows it') });
  await expect(card.getByText('Secure service checklist')).toBeVisible();
  // SMEs by name from the catalog, and the docs the courses point to
  await expect(card.getByRole('link', { name: 'Bob Okafor' })).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Idempotency in payments-api' }),
  ).toBeVisible();
  await expect(
    card.getByText(/^Completed \d+ times across the material/),
  ).toBeVisible();

  await card.getByRole('link', { name: 'Secure service checklist' }).click();
  await expect(
    page.getByRole('heading', { name: 'Secure service checklist' }),
  ).toBeVisible();
  // the learner's own actions are the only ones of their kind on the page
  const learner = page.getByRole('main');
  // a retry on the same backend finds the first try's enrolment
  const leave = learner.getByRole('button', { name: 'Leave' });
  await expect(
    learner.getByRole('button', { name: /^(Enrol|Leave)$/ }),
  ).toBeVisible();
  if (await leave.isVisible()) {
    await leave.click();
  }
  await checkAccessibility(page, 'the resource page');

  await learner.getByRole('button', { name: 'Enrol' }).click();
  await expect(learner.getByText('Enrolled', { exact: true })).toBeVisible();
  await learner.getByRole('button', { name: 'Mark completed' }).click();
  await expect(learner.getByText('Completed', { exact: true })).toBeVisible();
  await expect(learner.getByText('100%')).toBeVisible();

  const rate = page.getByRole('form', { name: 'Rate it' });
  await rate.locator('label[for="learning-rating-4"]').click();
  await rate
    .getByRole('textbox', { name: 'Comment (optional)' })
    .fill('Short and to the point.');
  await rate.getByRole('button', { name: 'Send rating' }).click();
  await expect(learner.getByText('Thank you for your feedback.')).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Comments' })
      .getByText('Short and to the point.'),
  ).toBeVisible();
  await page.screenshot({
    path: path.join(screenshots, 'resource-page.png'),
    fullPage: true,
  });

  await page.goto('/learning/mine');
  await page.getByRole('tab', { name: 'Completed' }).click();
  await expect(
    page.getByRole('link', { name: 'Secure service checklist' }),
  ).toBeVisible();
  await checkAccessibility(page, 'My learning');
  await page.screenshot({
    path: path.join(screenshots, 'my-learning.png'),
    fullPage: true,
  });
});

test('an SME creates a course and links it to a component their team owns', async ({
  page,
}) => {
  const title = `Ledger reconciliation clinic ${Date.now()}`;
  await page.goto('/catalog/default/component/ledger-service/learning');
  await page.getByRole('button', { name: 'Add material' }).click();

  const form = page.getByRole('form', { name: 'New learning material' });
  await expect(form).toBeVisible();
  // the owner defaults to the signed-in user; the link to the component
  // the form came from is preset
  await expect(form.getByLabel(/^Owner\b/)).toHaveValue(/Alice Chen/);
  await expect(form.getByLabel('Entity 1', { exact: true })).toHaveValue(
    /ledger-service/,
  );
  await checkAccessibility(page, 'the new material form');

  // nothing saved while required fields are empty
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form.getByText('A title is required')).toBeVisible();

  await form.getByLabel(/^Title\b/).fill(title);
  await form
    .getByLabel(/^Summary\b/)
    .fill('Find and fix the entries that do not balance.');
  await form
    .getByLabel('Description', { exact: true })
    .fill('## What you will do\n\nReconcile a **real** day of entries.');
  await form.getByLabel(/^Format\b/).click();
  await page.getByRole('option', { name: 'Workshop' }).click();
  await form.getByLabel('Duration (minutes)', { exact: true }).fill('120');
  await form.getByLabel('Tags', { exact: true }).fill('ledger');
  await form.getByLabel('Tags', { exact: true }).press('Enter');
  await form.getByLabel('Subject-matter experts', { exact: true }).fill('Bob');
  await page.getByRole('option', { name: /Bob Okafor/ }).click();
  await form.getByRole('button', { name: 'Add a link' }).click();
  await form.getByLabel(/^Link 1 URL/).fill('https://learning.example/recon');
  await page.screenshot({
    path: path.join(screenshots, 'new-material-form.png'),
    fullPage: true,
  });
  await form.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('In the catalog', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('link', { name: 'ledger-service' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'What you will do' }),
  ).toBeVisible();

  await page.goto('/catalog/default/component/ledger-service/learning');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await checkAccessibility(page, 'the Learning tab');
  await page.screenshot({
    path: path.join(screenshots, 'entity-tab-owner.png'),
    fullPage: true,
  });
});

test('a user who does not own a component cannot link material to it, in the UI or the API', async ({
  page,
  request,
}) => {
  await page.goto('/catalog/default/component/auth-gateway/learning');
  await expect(
    page.getByText('Learning material (', { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText('Secure service checklist').first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add material' })).toHaveCount(
    0,
  );
  await expect(
    page.getByRole('button', { name: 'Link existing material' }),
  ).toHaveCount(0);

  // Material the user neither owns nor teaches (the data team's Kafka
  // bootcamp): only the component's owners may link it there. (Material a
  // user owns or teaches they may link anywhere; that is the other half of
  // the rule.)
  const token = await guestToken(request);
  const headers = { authorization: `Bearer ${token}` };
  const found = await request.get('/api/learning/resources?q=kafka', {
    headers,
  });
  const kafka = (await found.json()).items.find(
    (r: { title: string }) => r.title === 'Kafka bootcamp',
  );
  expect(kafka.owner).toBe('group:default/data-team');
  expect(kafka.smes).not.toContain('user:default/alice-chen');
  const id = kafka.id;

  const refused = await request.post(`/api/learning/resources/${id}/links`, {
    headers,
    data: { entityRef: 'component:default/auth-gateway', relation: 'teaches' },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain(
    'component:default/auth-gateway',
  );
  // and nothing was linked
  const after = await request.get(`/api/learning/resources/${id}`, { headers });
  expect(
    (await after.json()).links.map((l: { entityRef: string }) => l.entityRef),
  ).not.toContain('component:default/auth-gateway');
});

test('user and group pages show what people teach and own', async ({
  page,
}) => {
  await page.goto('/catalog/default/user/alice-chen');
  const userCard = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('What they teach and own') });
  await expect(
    userCard.getByRole('list', { name: 'Teaches' }).getByText('Payments 101'),
  ).toBeVisible();
  await expect(
    userCard.getByText('Your learning (only you see this)'),
  ).toBeVisible();
  await userCard.screenshot({ path: path.join(screenshots, 'user-card.png') });

  await page.goto('/catalog/default/group/data-team');
  const groupCard = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('What this team owns and learns') });
  await expect(groupCard.getByText('Kafka bootcamp')).toBeVisible();
  // a team of 3 is too small for its learning to be told
  await expect(groupCard.getByText(/This team has 3 members\./)).toBeVisible();
  await groupCard.screenshot({
    path: path.join(screenshots, 'group-card.png'),
  });

  // the department counts the members of its teams
  await page.goto('/catalog/default/group/engineering');
  const departmentCard = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('What this team owns and learns') });
  await expect(
    departmentCard.getByText(/^12 of its 12 members learn: /),
  ).toBeVisible();
  await expect(
    departmentCard
      .getByRole('list', { name: 'What its members learn' })
      .getByText('Kafka bootcamp'),
  ).toBeVisible();
  await checkAccessibility(page, 'a department page');
  await departmentCard.screenshot({
    path: path.join(screenshots, 'group-learners.png'),
  });
});
