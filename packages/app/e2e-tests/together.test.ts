import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import {
  checkAccessibility,
  screenshots,
  signInAs,
  syncDemoMaterial,
} from './helpers';

/*
 * Learning together, with three demo users: dev-patel starts a cohort on
 * the path "Ready for ledger on-call" and isla-novak joins it; isla asks a
 * question on the path's second step (the ledger incident runbook), its
 * SME bob-okafor answers and accepts the answer, and isla sees it appear
 * without reloading, has a notification, and finds it in the FAQ.
 */

const PATH = 'Ready for ledger on-call';
const STEP = 'Ledger incident runbook';

const main = (page: Page) => page.getByRole('main');

test('two learners take a path as a cohort, one asks on a step, the SME answers once for everyone', async ({
  browser,
  baseURL,
  request,
}) => {
  await syncDemoMaterial(request);
  // names of this run, so that a retry on the same backend finds its own
  const run = Date.now().toString(36);
  const cohortName = `On-call ${run}`;
  const question = `How do I tell a stuck batch from a slow one (${run})?`;
  const answer = `Check the batch's last heartbeat first (${run}).`;

  // Dev starts a cohort on the path
  const dev = await signInAs(browser, baseURL!, 'dev-patel');
  await dev.goto('/learning/all');
  await main(dev).getByRole('link', { name: PATH }).first().click();
  await expect(dev.getByRole('heading', { name: PATH })).toBeVisible();
  const pathUrl = dev.url();
  await main(dev).getByRole('button', { name: 'Start a cohort' }).click();
  const dialog = dev.getByRole('dialog');
  await expect(
    dialog.getByText('The cohort takes one step of the path a week: 2 weeks.'),
  ).toBeVisible();
  await dialog.getByLabel('Name (optional)').fill(cohortName);
  await dialog.getByRole('button', { name: 'Start cohort' }).click();
  await expect(dev.getByRole('heading', { name: cohortName })).toBeVisible();
  const cohortUrl = dev.url();
  await expect(main(dev).getByText(/1 of 12 places taken/)).toBeVisible();
  await expect(
    main(dev).getByRole('list', { name: 'Schedule' }).getByText(STEP),
  ).toBeVisible();

  // Isla joins it, after reading what the others will see
  const isla = await signInAs(browser, baseURL!, 'isla-novak');
  await isla.goto(cohortUrl);
  await expect(
    main(isla).getByText(
      'Only members see who is in the cohort and how far they are.',
    ),
  ).toBeVisible();
  await main(isla).getByRole('button', { name: 'Join' }).click();
  const join = isla.getByRole('dialog');
  await expect(
    join.getByText(/The other members will see your name and your progress/),
  ).toBeVisible();
  await join.getByRole('button', { name: 'Join' }).click();
  const members = main(isla).getByRole('list', { name: 'Members' });
  await expect(members.getByText('Dev Patel')).toBeVisible();
  await expect(members.getByText('Isla Novak')).toBeVisible();
  await expect(main(isla).getByText(/2 of 12 places taken/)).toBeVisible();
  await expect(main(isla).getByLabel('Ask a question')).toBeVisible();
  // she neither started nor facilitates it: she cannot cancel it
  await expect(
    main(isla).getByRole('button', { name: 'Cancel cohort' }),
  ).toHaveCount(0);
  await checkAccessibility(isla, 'the cohort page');
  await isla.screenshot({
    path: path.join(screenshots, 'cohort.png'),
    fullPage: true,
  });

  // ... and asks a question on the path's second step
  await isla.goto(pathUrl);
  await main(isla).getByRole('button', { name: 'Questions on step 2' }).click();
  const stepQuestions = main(isla).getByRole('region', {
    name: 'Questions on step 2',
  });
  await stepQuestions.getByLabel('Ask a question').fill(question);
  await stepQuestions.getByRole('button', { name: 'Ask' }).click();
  const asked = stepQuestions
    .getByRole('article', {
      name: 'Question by user:default/isla-novak',
    })
    .filter({ hasText: question });
  await expect(asked).toBeVisible();

  // Bob, the SME, answers it and accepts the answer
  const bob = await signInAs(browser, baseURL!, 'bob-okafor');
  await bob.goto(isla.url());
  const bobsThread = main(bob).locator('section').filter({ hasText: question });
  await bobsThread.getByRole('button', { name: 'Answer' }).click();
  await bobsThread.getByLabel('Your answer').fill(answer);
  await bobsThread.getByRole('button', { name: 'Post answer' }).click();
  await bobsThread.getByRole('button', { name: 'Accept answer' }).click();
  await expect(bobsThread.getByText('Accepted answer')).toBeVisible();

  // Isla sees it without reloading, accepted, and in the FAQ
  const islasThread = main(isla)
    .locator('section')
    .filter({ hasText: question });
  await expect(islasThread.getByText(answer)).toBeVisible({ timeout: 30_000 });
  await expect(islasThread.getByText('Accepted answer')).toBeVisible();
  const faq = main(isla).getByLabel('FAQ');
  await expect(faq.getByText(question)).toBeVisible({ timeout: 30_000 });
  await islasThread.scrollIntoViewIfNeeded();
  await isla.screenshot({ path: path.join(screenshots, 'discussion.png') });

  // the step's own page has it in its FAQ too
  await main(isla).getByRole('link', { name: STEP }).first().click();
  await expect(isla.getByRole('heading', { name: STEP })).toBeVisible();
  await expect(main(isla).getByLabel('FAQ').getByText(answer)).toBeVisible();

  // and Backstage's notifications told her
  await isla.goto('/notifications');
  await expect(
    isla.getByText(`Your question on “${STEP}” has an answer`).first(),
  ).toBeVisible();
});

test('markup in posts is shown as text and never runs', async ({
  browser,
  baseURL,
}) => {
  const carla = await signInAs(browser, baseURL!, 'carla-mendes');
  const dialogs: string[] = [];
  carla.on('dialog', async d => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await carla.goto('/learning/all');
  await main(carla).getByRole('link', { name: PATH }).first().click();
  const discussion = main(carla).getByRole('region', {
    name: 'Questions and answers',
  });
  const payload = `<img src=x onerror="alert('img')"><script>alert('script')</script> ${Date.now()}`;
  await discussion.getByLabel('Ask a question').fill(payload);
  await discussion.getByRole('button', { name: 'Ask' }).click();
  const post = discussion
    .getByRole('article')
    .filter({ hasText: "alert('script')" });
  await expect(post.first()).toBeVisible();
  await expect(post.first().locator('img')).toHaveCount(0);
  await expect(post.first().locator('script')).toHaveCount(0);
  // a javascript: link is refused with its reason
  await discussion
    .getByLabel('Ask a question')
    .fill('[open](javascript:alert(1))');
  await discussion.getByRole('button', { name: 'Ask' }).click();
  await expect(discussion.getByRole('alert')).toContainText(
    'links may be http, https or mailto only',
  );
  expect(dialogs).toEqual([]);
});
