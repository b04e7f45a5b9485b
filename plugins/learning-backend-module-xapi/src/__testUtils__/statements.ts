import { Entity } from '@backstage/catalog-model';
import { randomUUID } from 'node:crypto';

/** Courses of the academy, by their activity ids. */
export const LEDGER = 'https://academy.northwind.example/courses/ledger';
export const KAFKA = 'https://academy.northwind.example/courses/kafka';

/** A catalog user, with the e-mail of their profile. */
export const user = (name: string, email?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: email ? { email } : {} },
});

/**
 * An xAPI statement of an agent about an object: an activity by its id,
 * or any object (a StatementRef, to void one).
 */
export const statement = (
  actor: object,
  verb: string,
  object: string | object,
  extra: object = {},
) => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', ...actor },
  verb: { id: verb },
  object: {
    objectType: 'Activity',
    ...(typeof object === 'string' ? { id: object } : object),
  },
  timestamp: new Date().toISOString(),
  ...extra,
});
