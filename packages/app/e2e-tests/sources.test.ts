import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkAccessibility, screenshots, signIn } from './helpers';

/*
 * Learning YAML beside the code (issue 6): ledger-service names
 * examples/repos/ledger-service/learning.yaml, which the demo serves as its
 * repository would. Its owner (the demo's guest, of payments-team) changes
 * the file, has it read again, and sees the change on the entity page; a
 * broken file changes nothing and says why. The file is restored after.
 */

const file = path.resolve(
  __dirname,
  '../../../examples/repos/ledger-service/learning.yaml',
);

async function readAgain(page: Page) {
  const button = page.getByRole('button', { name: 'Read it again now' });
  await button.click();
  // the button says so while the scheduled task reads the files
  await expect(button).toBeEnabled({ timeout: 45_000 });
}

test('a change to an entity’s learning YAML shows on its page after a sync; a broken file changes nothing', async ({
  page,
}) => {
  const original = await fs.readFile(file, 'utf8');
  await signIn(page);
  await page.goto('/catalog/default/component/ledger-service/learning');
  const main = page.getByRole('main');
  // the first scheduled read may not have come yet on a backend just started
  await readAgain(page);
  await expect(
    main.getByRole('link', { name: 'Posting and reversing entries' }),
  ).toBeVisible();
  const files = main.getByRole('list', { name: 'Learning YAML files' });
  await expect(files.getByText(/^4 documents, in sync/)).toBeVisible();

  try {
    await fs.writeFile(
      file,
      original.replace(
        'title: Posting and reversing entries',
        'title: Posting, reversing and settling entries',
      ),
    );
    await readAgain(page);
    await expect(
      main.getByRole('link', {
        name: 'Posting, reversing and settling entries',
      }),
    ).toBeVisible();
    await expect(
      main.getByRole('link', { name: 'Posting and reversing entries' }),
    ).toHaveCount(0);

    // a broken file: what was synced stays, and its owners see why
    await fs.writeFile(
      file,
      original.replace('format: self-paced', 'format: telepathy'),
    );
    await readAgain(page);
    await expect(
      files.getByText(/^document 1: spec.format: must be one of live, /),
    ).toBeVisible();
    await expect(
      main.getByRole('link', {
        name: 'Posting, reversing and settling entries',
      }),
    ).toBeVisible();
    await checkAccessibility(page, 'the Learning tab with a broken YAML file');
    await files.screenshot({
      path: path.join(screenshots, 'learning-yaml-errors.png'),
    });

    // material from YAML is read-only here, and links to its source
    await main
      .getByRole('link', { name: 'Posting, reversing and settling entries' })
      .click();
    await expect(
      page.getByRole('heading', {
        name: 'Posting, reversing and settling entries',
      }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  } finally {
    await fs.writeFile(file, original);
  }
  await page.goto('/catalog/default/component/ledger-service/learning');
  await readAgain(page);
  await expect(
    main.getByRole('link', { name: 'Posting and reversing entries' }),
  ).toBeVisible();
  await expect(files.getByText(/^4 documents, in sync/)).toBeVisible();
});
