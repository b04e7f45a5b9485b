import { createHash } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { LEARNING_MATERIAL_ANNOTATION } from '@tech-learning/backstage-plugin-learning-common';

/** A learning YAML file to read, or why the one an entity names cannot be. */
export interface DiscoveredSource {
  /** sha256 of the target. */
  id: string;
  /** Its URL; what the annotation says when it could not be resolved. */
  target: string;
  entityRef?: string;
  /** The namespace its refs fall in when they name none. */
  namespace: string;
  /** Why it cannot be read, found before reading. */
  error?: string;
}

export function sourceId(target: string): string {
  return createHash('sha256').update(target).digest('hex');
}

/** `url:https://…` of a location annotation, as a URL. */
function urlOf(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const [type, ...rest] = location.split(':');
  return type === 'url' ? rest.join(':') : undefined;
}

function fromEntity(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): DiscoveredSource {
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const namespace = entity.metadata.namespace ?? 'default';
  const annotations = entity.metadata.annotations ?? {};
  const named = annotations[LEARNING_MATERIAL_ANNOTATION].trim();
  const known = (target: string): DiscoveredSource => ({
    id: sourceId(target),
    target,
    entityRef,
    namespace,
  });
  if (/^https?:\/\//.test(named)) {
    return known(named);
  }
  const base =
    urlOf(annotations[ANNOTATION_SOURCE_LOCATION]) ??
    urlOf(annotations[ANNOTATION_LOCATION]);
  if (!base) {
    return {
      ...known(`${entityRef}#${named}`),
      error: `${LEARNING_MATERIAL_ANNOTATION}: '${named}' is relative, but the entity has no URL location to resolve it against (a file location cannot be read); give a URL`,
    };
  }
  return known(integrations.resolveUrl({ url: named, base }));
}

/**
 * The learning YAML files to read: those named by an entity's
 * `tech-learning/material` annotation (relative paths resolved against
 * the entity's source location, else the location it was read from,
 * through the platform's SCM integrations) and those listed in app-config.
 * A file named twice is read once, for the first that names it.
 */
export async function discoverSources(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  integrations: ScmIntegrationRegistry;
  /** `learning.sources.locations[].target` of app-config. */
  configured: string[];
}): Promise<DiscoveredSource[]> {
  const { items } = await options.catalog.getEntities(
    {
      filter: {
        [`metadata.annotations.${LEARNING_MATERIAL_ANNOTATION}`]:
          CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
      ],
    },
    { credentials: options.credentials },
  );
  const found = new Map<string, DiscoveredSource>();
  for (const target of options.configured) {
    const id = sourceId(target);
    if (!found.has(id)) found.set(id, { id, target, namespace: 'default' });
  }
  for (const entity of items) {
    const source = fromEntity(entity, options.integrations);
    if (!found.has(source.id)) found.set(source.id, source);
  }
  return [...found.values()];
}
