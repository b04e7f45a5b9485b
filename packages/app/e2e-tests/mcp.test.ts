import { expect, test } from '@playwright/test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/*
 * An AI assistant's view of the suite: the official MCP client connects to
 * the running demo backend's MCP actions server (streamable HTTP) as a
 * demo user, lists the tools and calls each learning one. sam-rivera, a
 * contractor whom the demo's policy lets read only the platform team's
 * material, is refused an enrolment in the payments team's, and nothing
 * is written.
 */

async function connect(baseURL: string, user: string) {
  const refresh = await fetch(
    `${baseURL}/api/auth/guest/refresh?env=development`,
    { headers: { 'x-demo-user': user } },
  );
  const { token } = (await refresh.json()).backstageIdentity;
  const client = new Client({ name: 'tech-learning-e2e', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(
      new URL(`${baseURL}/api/mcp-actions/v1`),
      {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
      },
    ),
  );
  return { client };
}

/** A tool's answer: its JSON output, or its error text. */
function answer(result: Awaited<ReturnType<Client['callTool']>>) {
  const text = (result.content as Array<{ type: string; text: string }>)
    .map(c => c.text)
    .join('');
  return result.isError ? { error: text } : JSON.parse(text);
}

test('an MCP client reaches the learning actions with the caller’s permissions', async ({
  baseURL,
}) => {
  const { client } = await connect(baseURL!, 'alice-chen');
  const { tools } = await client.listTools();
  const names = tools.map(t => t.name);
  for (const name of [
    'learning.get-entity-learning',
    'learning.find-learning',
    'learning.who-can-teach',
    'learning.list-open-embeds',
    'learning.get-my-learning',
    'learning.enrol',
    'learning.mark-reviewed',
  ]) {
    expect(names).toContain(name);
  }
  // the catalog's own actions are there too
  expect(names.some(n => n.startsWith('catalog.'))).toBe(true);
  expect(
    tools.find(t => t.name === 'learning.enrol')?.annotations,
  ).toMatchObject({
    readOnlyHint: false,
    idempotentHint: true,
    destructiveHint: false,
  });

  const call = async (name: string, args: object = {}) =>
    answer(
      await client.callTool({ name: `learning.${name}`, arguments: args }),
    );

  const learning = await call('get-entity-learning', {
    entityRef: 'component:default/payments-api',
  });
  const titles = learning.items.map(
    (i: { resource: { title: string } }) => i.resource.title,
  );
  expect(titles).toContain('Payments 101');
  const found = await call('find-learning', { query: 'ledger' });
  expect(found.items.length).toBeGreaterThan(0);
  const experts = await call('who-can-teach', {
    entityRef: 'component:default/ledger-service',
  });
  expect(experts.items.length).toBeGreaterThan(0);
  const embeds = await call('list-open-embeds', {});
  expect(Array.isArray(embeds.items)).toBe(true);
  const mine = await call('get-my-learning');
  expect(Array.isArray(mine.items)).toBe(true);

  const payments101 = learning.items.find(
    (i: { resource: { title: string } }) => i.resource.title === 'Payments 101',
  ).resource.id;
  const enrolled = await call('enrol', { resourceId: payments101 });
  expect(enrolled.resourceId).toBe(payments101);
  // alice owns Payments 101 with her team: she may mark it reviewed
  const reviewed = await call('mark-reviewed', { resourceId: payments101 });
  expect(reviewed.reviewedBy).toBe('user:default/alice-chen');

  // bad input: a clear error, nothing done
  expect(
    (await call('get-entity-learning', { entityRef: 'payments-api' })).error,
  ).toMatch(/^InputError: entityRef/);
  expect((await call('find-learning', { limit: 'ten' })).error).toMatch(
    /^InputError/,
  );
  await client.close();

  // a contractor: refused, and not enrolled afterwards
  const sam = await connect(baseURL!, 'sam-rivera');
  const refused = answer(
    await sam.client.callTool({
      name: 'learning.enrol',
      arguments: { resourceId: payments101 },
    }),
  );
  expect(refused.error).toMatch(/^(NotFoundError|NotAllowedError)/);
  // what sam may not read is not there for him either
  const samView = answer(
    await sam.client.callTool({
      name: 'learning.get-entity-learning',
      arguments: { entityRef: 'component:default/payments-api' },
    }),
  );
  expect(
    samView.items.map((i: { resource: { id: string } }) => i.resource.id),
  ).not.toContain(payments101);
  const samLearning = answer(
    await sam.client.callTool({
      name: 'learning.get-my-learning',
      arguments: {},
    }),
  );
  expect(
    samLearning.items.map((i: { resource: { id: string } }) => i.resource.id),
  ).not.toContain(payments101);
  await sam.client.close();
});
