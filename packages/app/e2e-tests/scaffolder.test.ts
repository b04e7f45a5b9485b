import { APIRequestContext, expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { screenshots, signInAs } from './helpers';

/*
 * The Software Template "New course or toolkit" in the demo: through the
 * scaffolder's dry run (the files it writes, the checks it makes), as a
 * task that must refuse an owner the user does not belong to before it
 * writes anything, and in the browser, where alice-chen fills the form and
 * finds the new course on the Learning tab of what it teaches.
 */

const TEMPLATE_DIR = path.resolve(
  __dirname,
  '../../../plugins/scaffolder-backend-module-learning/templates/new-learning-resource',
);

/** The template's files, as the dry run takes them. */
function directoryContents(
  dir: string,
  rel = '',
): Array<{
  path: string;
  base64Content: string;
}> {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory()
        ? directoryContents(dir, path.join(rel, entry.name))
        : [
            {
              path: path.join(rel, entry.name),
              base64Content: fs
                .readFileSync(path.join(dir, rel, entry.name))
                .toString('base64'),
            },
          ],
    );
}

async function tokenOf(request: APIRequestContext, user: string) {
  const refresh = await request.get('/api/auth/guest/refresh?env=development', {
    headers: { 'x-demo-user': user },
  });
  return (await refresh.json()).backstageIdentity.token as string;
}

const values = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: 'course',
  title,
  summary: 'How the ledger books, reverses and reconciles entries.',
  format: 'workshop',
  level: 'intermediate',
  durationMinutes: 90,
  owner: 'group:default/payments-team',
  entities: ['component:default/ledger-service'],
  smes: ['user:default/alice-chen'],
  ...extra,
});

async function dryRun(
  request: APIRequestContext,
  token: string,
  formValues: Record<string, unknown>,
) {
  const template = yaml.parse(
    fs.readFileSync(path.join(TEMPLATE_DIR, 'template.yaml'), 'utf8'),
  );
  return request.post('/api/scaffolder/v2/dry-run', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      template,
      values: formValues,
      secrets: {},
      directoryContents: directoryContents(TEMPLATE_DIR).filter(
        f => !f.path.startsWith('template'),
      ),
    },
  });
}

async function resourcesTitled(
  request: APIRequestContext,
  token: string,
  title: string,
) {
  const list = await request.get(
    `/api/learning/resources?q=${encodeURIComponent(title)}&limit=50`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(list.status()).toBe(200);
  const { items } = await list.json();
  return (items as Array<{ title: string }>).filter(r => r.title === title);
}

test('the template’s dry run writes the learning YAML and a TechDocs outline, and checks owner and refs', async ({
  request,
}) => {
  const token = await tokenOf(request, 'alice-chen');
  const run = Date.now().toString(36);
  const title = `Ledger: the basics ${run}`;

  const ok = await dryRun(request, token, values(title));
  expect(ok.status()).toBe(200);
  const result = await ok.json();
  const files = Object.fromEntries(
    (
      result.directoryContents as Array<{ path: string; base64Content: string }>
    ).map(f => [f.path, Buffer.from(f.base64Content, 'base64').toString()]),
  );
  expect(Object.keys(files).sort()).toEqual([
    'learning/docs/index.md',
    'learning/learning.yaml',
    'learning/mkdocs.yml',
  ]);
  const document = yaml.parse(files['learning/learning.yaml']);
  expect(document).toMatchObject({
    apiVersion: 'tech-learning/v1alpha1',
    kind: 'Course',
    metadata: { name: `ledger-the-basics-${run}`, title },
    spec: {
      format: 'workshop',
      level: 'intermediate',
      durationMinutes: 90,
      owner: 'group:default/payments-team',
      smes: ['user:default/alice-chen'],
      links: [
        { entityRef: 'component:default/ledger-service', relation: 'teaches' },
      ],
    },
  });
  expect(yaml.parse(files['learning/mkdocs.yml']).site_name).toBe(title);
  // a workshop's outline is an agenda
  expect(files['learning/docs/index.md']).toContain('## Agenda');
  const logs = (result.log as Array<{ body: { message: string } }>).map(
    l => l.body.message,
  );
  expect(logs.join('\n')).toContain(
    `Dry run: would create the course "${title}" owned by group:default/payments-team`,
  );

  // a toolkit read as text has chapters for a team to run
  const toolkit = await dryRun(
    request,
    token,
    values(title, { kind: 'toolkit', format: 'reading' }),
  );
  const toolkitFiles = (await toolkit.json()).directoryContents as Array<{
    path: string;
    base64Content: string;
  }>;
  const outline = Buffer.from(
    toolkitFiles.find(f => f.path === 'learning/docs/index.md')!.base64Content,
    'base64',
  ).toString();
  expect(outline).toContain('## How a team runs this training');
  expect(
    yaml.parse(
      Buffer.from(
        toolkitFiles.find(f => f.path === 'learning/learning.yaml')!
          .base64Content,
        'base64',
      ).toString(),
    ).kind,
  ).toBe('Toolkit');

  // an owner the user does not belong to, and an entity that does not exist
  const notMine = await dryRun(
    request,
    token,
    values(title, { owner: 'group:default/identity-team' }),
  );
  expect(notMine.status()).toBe(400);
  expect((await notMine.json()).error.message).toContain(
    'owner: group:default/identity-team is not you or one of your groups',
  );
  const unknown = await dryRun(
    request,
    token,
    values(title, { entities: ['component:default/no-such-service'] }),
  );
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.message).toContain(
    'Not in the catalog, or not visible to you: component:default/no-such-service',
  );
  expect(await resourcesTitled(request, token, title)).toEqual([]);
});

test('a task with an owner the user does not belong to fails before it writes anything', async ({
  request,
}) => {
  const token = await tokenOf(request, 'alice-chen');
  const title = `Not my team's course ${Date.now().toString(36)}`;
  const created = await request.post('/api/scaffolder/v2/tasks', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      templateRef: 'template:default/new-learning-resource',
      values: values(title, { owner: 'group:default/identity-team' }),
      secrets: {},
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  let task: { status: string } = { status: 'open' };
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/scaffolder/v2/tasks/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        task = await res.json();
        return task.status;
      },
      { timeout: 30_000 },
    )
    .toBe('failed');
  const events = await request.get(`/api/scaffolder/v2/tasks/${id}/events`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const messages = (
    (await events.json()) as Array<{
      body: { message?: string; stepId?: string; status?: string };
    }>
  ).map(e => e.body);
  expect(
    messages.some(m =>
      m.message?.includes(
        'owner: group:default/identity-team is not you or one of your groups',
      ),
    ),
  ).toBe(true);
  // it stopped at the owner: the step that checks it failed, and no later
  // step began
  const began = messages
    .filter(m => m.status === 'processing')
    .map(m => m.stepId);
  expect(began).toEqual(['check', 'resource']);
  expect(
    messages.find(m => m.stepId === 'resource' && m.status === 'failed'),
  ).toBeDefined();
  expect(await resourcesTitled(request, token, title)).toEqual([]);
});

test('an SME fills the template’s form and finds the new course on the Learning tab', async ({
  browser,
  baseURL,
}) => {
  const title = `Reconciling the ledger ${Date.now().toString(36)}`;
  const page = await signInAs(browser, baseURL!, 'alice-chen');

  await page.goto('/create');
  await page
    .locator('[class*="MuiCard-root"]', { hasText: 'New course or toolkit' })
    .getByRole('button', { name: 'Choose' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'New course or toolkit' }),
  ).toBeVisible();

  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page
    .getByRole('textbox', { name: 'Summary' })
    .fill('How the nightly reconciliation finds and fixes a broken entry.');
  await page.getByLabel('Format').click();
  await page.getByRole('option', { name: 'Workshop' }).click();
  await page
    .getByRole('spinbutton', { name: 'Duration (minutes)' })
    .fill('120');
  await page.getByRole('button', { name: 'Next' }).click();

  // the owner picker offers alice's groups only: she has one, so it is set
  await expect(page.getByRole('textbox', { name: 'Owner' })).toHaveValue(
    'Payments',
  );
  const teaches = page.getByRole('textbox', { name: 'What it teaches' });
  await teaches.fill('ledger-service');
  await page.getByRole('option', { name: /ledger-service/ }).click();
  const smes = page.getByRole('textbox', { name: 'Subject-matter experts' });
  await smes.fill('alice');
  await page.getByRole('option', { name: /alice/i }).click();
  await page.getByRole('heading', { name: 'New course or toolkit' }).click();
  await page.screenshot({
    path: path.join(screenshots, 'template-form.png'),
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const open = page.getByRole('button', { name: 'Open the material' });
  await expect(open).toBeVisible({ timeout: 60_000 });

  await page.goto('/catalog/default/component/ledger-service/learning');
  await expect(page.getByText(title).first()).toBeVisible();
});

test('the scaffolder’s actions page shows the learning actions with their schemas and examples', async ({
  browser,
  baseURL,
}) => {
  const page = await signInAs(browser, baseURL!, 'alice-chen');
  await page.goto('/create/actions');
  await page
    .getByRole('searchbox', { name: 'Search for an action' })
    .fill('learning:');
  const actions = page.getByRole('grid', { name: 'Installed actions' });
  await expect(
    actions.getByRole('row', { name: /^learning:link / }),
  ).toBeVisible();
  await actions
    .getByRole('row', { name: /^learning:create-resource / })
    .click();
  // its input schema and its examples
  await expect(page.getByText('checkOnly').first()).toBeVisible();
  await expect(page.getByText('Examples').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({
    path: path.join(screenshots, 'scaffolder-actions.png'),
  });
});
