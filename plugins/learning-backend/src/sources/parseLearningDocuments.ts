import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  LearningDocument,
  learningDocumentSchema,
  LearningResourceDocument,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  ProvidedLearningEmbed,
  ProvidedLearningResource,
} from '@tech-learning/backstage-plugin-learning-node';
import Ajv, { ErrorObject } from 'ajv';
import { parseAllDocuments } from 'yaml';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateDocument = ajv.compile<LearningDocument>(learningDocumentSchema);

const RESOURCE_KINDS: Record<
  LearningResourceDocument['kind'],
  LearningResourceKind
> = { Course: 'course', Toolkit: 'toolkit', LearningPath: 'path' };

/** What one file declares, as a provider delivers it, or why it cannot. */
interface ParsedDocuments {
  resources: ProvidedLearningResource[];
  embeds: ProvidedLearningEmbed[];
  /** Every problem found; a file with any is not synced at all. */
  errors: string[];
}

interface ParseContext {
  /** Where the file is; each document's source in the UI. */
  location: string;
  /** The namespace refs without one fall in: the naming entity's. */
  namespace: string;
}

/** The document's key within its file: `course:payments-101`. */
function documentKey(doc: Pick<LearningDocument, 'kind' | 'metadata'>) {
  return `${doc.kind.toLocaleLowerCase('en-US')}:${doc.metadata.name}`;
}

function describeSchemaError(error: ErrorObject): string {
  const field = error.instancePath
    ? error.instancePath.slice(1).replace(/\//g, '.')
    : '';
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    message = `has an unknown field '${error.params.additionalProperty}'`;
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(error.params.allowedValues as unknown[])
      .map(v => String(v))
      .join(', ')}`;
  } else if (error.keyword === 'const') {
    message = `must be ${String(error.params.allowedValue)}`;
  }
  return field ? `${field}: ${message}` : message;
}

/**
 * Parses a learning YAML file (one or more documents) into what the sync
 * applies: validated against the JSON schema, refs made full (namespace
 * from the context, kind from the field where it takes one kind), a
 * path's steps resolved within the file. Keys are `<kind>:<name>`, unique
 * in the file. Any problem makes the whole file invalid, and each one is
 * named with its document.
 */
export function parseLearningDocuments(
  text: string,
  context: ParseContext,
): ParsedDocuments {
  const resources: ProvidedLearningResource[] = [];
  const embeds: ProvidedLearningEmbed[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const paths: Array<{ at: string; doc: LearningResourceDocument }> = [];

  parseAllDocuments(text, { prettyErrors: false }).forEach((parsed, i) => {
    const at = `document ${i + 1}`;
    if ('errors' in parsed && parsed.errors.length > 0) {
      errors.push(
        ...parsed.errors.map(e => `${at}: not valid YAML: ${e.message}`),
      );
      return;
    }
    const value: unknown = parsed.toJS();
    if (value === null || value === undefined) {
      return; // an empty document, as after a trailing `---`
    }
    if (!validateDocument(value)) {
      // its name still counts for steps: one error, not one per step
      const named = value as { kind?: unknown; metadata?: { name?: unknown } };
      if (
        typeof named.kind === 'string' &&
        typeof named.metadata?.name === 'string'
      ) {
        seen.add(documentKey(named as LearningDocument));
      }
      errors.push(
        ...(validateDocument.errors ?? [])
          .filter(e => e.keyword !== 'if')
          .map(e => `${at}: ${describeSchemaError(e)}`),
      );
      return;
    }
    const doc = value;
    const named = `${at} (${doc.kind} ${doc.metadata.name})`;
    const key = documentKey(doc);
    if (seen.has(key)) {
      errors.push(`${named}: another ${doc.kind} of this file has its name`);
      return;
    }
    seen.add(key);

    const refOf = (field: string, raw: string, defaultKind?: string) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(raw, {
            defaultKind,
            defaultNamespace: context.namespace,
          }),
        ).toLocaleLowerCase('en-US');
      } catch {
        errors.push(
          `${named}: ${field}: '${raw}' is not an entity ref${
            defaultKind ? '' : ' (give its kind, as in component:name)'
          }`,
        );
        return raw;
      }
    };
    const linksOf = (links: LearningDocument['spec']['links']) =>
      (links ?? []).map((link, j) => ({
        entityRef: refOf(`spec.links.${j}`, link.entityRef),
        relation: link.relation ?? ('teaches' as const),
      }));

    if (doc.kind === 'Embed') {
      const { spec } = doc;
      embeds.push({
        key,
        sourceLocation: context.location,
        title: doc.metadata.title,
        summary: doc.metadata.description,
        ...(spec.description ? { description: spec.description } : {}),
        host: refOf('spec.host', spec.host, 'group'),
        links: linksOf(spec.links),
        skillsWanted: spec.skillsWanted ?? [],
        skillsTaught: spec.skillsTaught ?? [],
        ...(spec.startsOn ? { startsOn: spec.startsOn } : {}),
        durationWeeks: spec.durationWeeks,
        seats: spec.seats,
        ...(spec.location ? { location: spec.location } : {}),
        remote: spec.remote ?? false,
        ...(spec.contact ? { contact: spec.contact } : {}),
      });
      return;
    }
    const { spec } = doc;
    if (doc.kind !== 'LearningPath' && spec.steps?.length) {
      errors.push(`${named}: spec.steps: only a LearningPath has steps`);
    }
    if (doc.kind === 'LearningPath') {
      paths.push({ at: named, doc });
    }
    resources.push({
      key,
      location: context.location,
      kind: RESOURCE_KINDS[doc.kind],
      title: doc.metadata.title,
      summary: doc.metadata.description,
      tags: doc.metadata.tags ?? [],
      ...(spec.description ? { description: spec.description } : {}),
      format: spec.format,
      level: spec.level,
      ...(spec.durationMinutes
        ? { durationMinutes: spec.durationMinutes }
        : {}),
      ...(spec.language ? { language: spec.language } : {}),
      urls: spec.urls ?? [],
      owner: refOf('spec.owner', spec.owner, 'group'),
      smes: (spec.smes ?? []).map((sme, j) =>
        refOf(`spec.smes.${j}`, sme, 'user'),
      ),
      docs: (spec.docs ?? []).map((d, j) => ({
        ...d,
        entityRef: refOf(`spec.docs.${j}`, d.entityRef),
      })),
      links: linksOf(spec.links),
      ...(spec.reviewIntervalDays
        ? { reviewIntervalDays: spec.reviewIntervalDays }
        : {}),
    });
  });

  // a path's steps are courses and toolkits of the same file
  for (const { at, doc } of paths) {
    const steps: string[] = [];
    for (const name of doc.spec.steps ?? []) {
      const step = ['course', 'toolkit']
        .map(kind => `${kind}:${name}`)
        .find(candidate => seen.has(candidate));
      if (step) {
        steps.push(step);
      } else {
        errors.push(
          `${at}: spec.steps: no Course or Toolkit named '${name}' in this file`,
        );
      }
    }
    const resource = resources.find(r => r.key === documentKey(doc));
    if (resource) {
      resource.steps = steps;
    }
  }
  return errors.length > 0
    ? { resources: [], embeds: [], errors }
    : { resources, embeds, errors };
}
