import { APIRequestContext, expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { signInAs } from './helpers';

/*
 * Completions from the demo's LMS: alice-chen finishes the fraud scoring
 * lab at the academy, whose learning record store (a real one, which the
 * demo backend starts) records it as an xAPI statement; the xAPI module
 * reads the store and the lab is among her completed learning. A
 * statement about someone the catalog does not know is counted, not
 * fatal.
 */

const LRS = process.env.DEMO_LRS_URL ?? 'http://localhost:7020/xAPI/';
const FRAUD_LAB = 'https://learning.northwind.example/labs/fraud';

async function record(request: APIRequestContext, statements: object[]) {
  const response = await request.post(`${LRS}statements`, {
    headers: {
      'X-Experience-API-Version': '1.0.3',
      Authorization: `Basic ${Buffer.from('backstage:demo-secret').toString(
        'base64',
      )}`,
    },
    data: statements,
  });
  expect(response.status()).toBe(200);
}

test('a completion in the academy’s learning record store becomes the learner’s', async ({
  browser,
  baseURL,
  request,
}) => {
  const refresh = await request.get('/api/auth/guest/refresh?env=development', {
    headers: { 'x-demo-user': 'alice-chen' },
  });
  const token = (await refresh.json()).backstageIdentity.token;
  const auth = { authorization: `Bearer ${token}` };
  const completed = async () => {
    const mine = await request.get(
      '/api/learning/me/learning?state=completed',
      {
        headers: auth,
      },
    );
    expect(mine.status()).toBe(200);
    return (
      (await mine.json()).items as Array<{ resource: { title: string } }>
    ).map(i => i.resource.title);
  };
  expect(await completed()).not.toContain('Fraud scoring lab');

  await record(request, [
    {
      id: randomUUID(),
      actor: {
        objectType: 'Agent',
        mbox: 'mailto:alice.chen@northwind.example',
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { objectType: 'Activity', id: FRAUD_LAB },
      timestamp: new Date().toISOString(),
    },
    {
      id: randomUUID(),
      actor: { objectType: 'Agent', mbox: 'mailto:visitor@elsewhere.example' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { objectType: 'Activity', id: FRAUD_LAB },
      timestamp: new Date().toISOString(),
    },
  ]);
  // the module's task reads the store every 5 minutes; run it now
  const triggered = await request.post(
    '/api/learning/.backstage/scheduler/v1/tasks/learning-xapi-academy/trigger',
    { headers: auth },
  );
  expect(triggered.status()).toBe(200);
  await expect
    .poll(completed, { timeout: 30_000 })
    .toContain('Fraud scoring lab');

  const page = await signInAs(browser, baseURL!, 'alice-chen');
  await page.goto('/learning/mine');
  await page.getByRole('tab', { name: 'Completed' }).click();
  await expect(
    page.getByRole('link', { name: 'Fraud scoring lab' }),
  ).toBeVisible();
});
