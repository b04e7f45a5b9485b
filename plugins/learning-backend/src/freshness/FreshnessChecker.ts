import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { LearningFreshnessState } from '@tech-learning/backstage-plugin-learning-common';
import { reviewDueAt } from '../resources';
import { FreshnessChange, FreshnessNotifier } from './FreshnessNotifier';
import {
  FreshnessCandidate,
  FreshnessOutcome,
  FreshnessStore,
  LinkFingerprint,
} from './FreshnessStore';
import {
  changedAspects,
  EntityFingerprint,
  entityFingerprint,
  FINGERPRINT_FIELDS,
} from './entityFingerprint';

/** What one run of the check found. */
interface FreshnessRunSummary {
  checked: number;
  changed: number;
  broken: number;
  possiblyOutdated: number;
  due: number;
  /** Resources whose SMEs and owner hear of their new state. */
  announced: number;
  /** Notifications sent: one per recipient. */
  notified: number;
  /** Why the run did nothing, if it did nothing. */
  skipped?: string;
}

/** Fingerprints by entity ref; null for a ref not in the catalog. */
type EntityIndex = Map<string, EntityFingerprint | null>;

const BATCH_SIZE = 500;
const CATALOG_CHUNK = 500;

/**
 * Computes the freshness of every resource (the scheduled task, global
 * scope) and records reviews:
 *
 * - broken: its owner, an SME or a linked entity is not in the catalog
 *   (at two checks in a row);
 * - possibly outdated: an entity it teaches changed in an aspect that
 *   matters (lifecycle, owner, API definition, dependencies, spec) since the
 *   resource was last reviewed, by a fingerprint per link;
 * - due: its review date plus its interval (or the default) has passed.
 *
 * SMEs and owners hear of a state once, when the resource enters it, in
 * one notification per person and run.
 * Resources are read in batches by id, and each entity is fetched from the
 * catalog once per run, so memory is bounded by a batch and the entities'
 * fingerprints.
 */
export class FreshnessChecker {
  constructor(
    private readonly deps: {
      store: FreshnessStore;
      catalog: CatalogService;
      auth: AuthService;
      notifier: FreshnessNotifier;
      defaultReviewIntervalDays?: number;
      now?: () => Date;
    },
  ) {}

  async checkAll(): Promise<FreshnessRunSummary> {
    const summary: FreshnessRunSummary = {
      checked: 0,
      changed: 0,
      broken: 0,
      possiblyOutdated: 0,
      due: 0,
      announced: 0,
      notified: 0,
    };
    if (await this.catalogIsEmpty()) {
      // A catalog still ingesting for the first time would make everything
      // look broken, and tell every SME so.
      summary.skipped = 'the catalog has no entities yet';
      return summary;
    }
    const index: EntityIndex = new Map();
    const announced: FreshnessChange[] = [];
    let after: string | undefined;
    for (;;) {
      const batch = await this.deps.store.listCandidates(after, BATCH_SIZE);
      if (batch.length === 0) {
        break;
      }
      after = batch[batch.length - 1].id;
      await this.loadEntities(batch.flatMap(refsOf), index);
      const now = this.now();
      const outcomes = batch.map(candidate => ({
        candidate,
        outcome: this.evaluate(candidate, index, now, 'check'),
      }));
      const changed = outcomes.filter(o => differs(o.candidate, o.outcome));
      const saved = await this.deps.store.saveOutcomes(
        changed.map(o => ({
          ...o.outcome,
          reviewVersion: o.candidate.reviewVersion,
        })),
      );
      summary.checked += batch.length;
      summary.changed += saved.size;
      for (const { candidate, outcome } of outcomes) {
        const state = stateOf(outcome, now);
        if (state === 'broken') summary.broken += 1;
        if (state === 'possibly-outdated') summary.possiblyOutdated += 1;
        if (state === 'due') summary.due += 1;
        if (
          saved.has(candidate.id) &&
          state !== 'fresh' &&
          outcome.notified === state &&
          candidate.notified !== state
        ) {
          const { id, title, owner, smes, reviewedAt } = candidate;
          announced.push({
            resource: { id, title, owner, smes, reviewedAt },
            state,
            detail: outcome.detail,
          });
        }
      }
    }
    summary.announced = announced.length;
    summary.notified = await this.deps.notifier.notify(announced);
    return summary;
  }

  /**
   * Records that `reviewedBy` reviewed the resource now: its fingerprints
   * become those of the entities as they are now, so it is no longer
   * possibly outdated, and its due date moves on. It stays broken while a
   * ref it names is gone. Returns false when there is no such resource.
   */
  async review(id: string, reviewedBy: string): Promise<boolean> {
    const candidate = await this.deps.store.getCandidate(id);
    if (!candidate) {
      return false;
    }
    const index: EntityIndex = new Map();
    await this.loadEntities(refsOf(candidate), index);
    const now = this.now();
    const reviewedAt = now.toISOString();
    const outcome = this.evaluate(
      { ...candidate, reviewedAt },
      index,
      now,
      'review',
    );
    await this.deps.store.markReviewed({ ...outcome, reviewedAt, reviewedBy });
    return true;
  }

  private evaluate(
    candidate: FreshnessCandidate,
    index: EntityIndex,
    now: Date,
    mode: 'check' | 'review',
  ): FreshnessOutcome {
    // A ref counts as gone when the catalog lacked it at two checks in a
    // row: an entity briefly absent (a location being re-registered) does
    // not make material broken, nor its SMEs hear so.
    const gone = [...new Set(refsOf(candidate))]
      .filter(ref => index.get(ref) === null)
      .sort();
    const goneBefore = new Set([
      ...(candidate.detail.missing ?? []),
      ...(candidate.detail.suspected ?? []),
    ]);
    const missing = gone.filter(ref => goneBefore.has(ref));
    const suspected = gone.filter(ref => !goneBefore.has(ref));
    const previous = new Map(candidate.fingerprints.map(f => [f.entityRef, f]));
    const fingerprints: LinkFingerprint[] = [];
    const changed = [];
    for (const entityRef of taughtRefs(candidate)) {
      const current = index.get(entityRef);
      if (!current) {
        // kept while it is away, so that it comes back with its history
        const kept = previous.get(entityRef);
        if (kept) fingerprints.push(kept);
        continue;
      }
      const reviewed =
        (mode === 'check' && previous.get(entityRef)?.reviewed) || current;
      fingerprints.push({ entityRef, reviewed, current });
      const aspects = changedAspects(reviewed, current);
      if (aspects.length > 0) {
        changed.push({ entityRef, aspects });
      }
    }
    const detail = {
      ...(missing.length ? { missing } : {}),
      ...(changed.length ? { changed } : {}),
      ...(suspected.length ? { suspected } : {}),
    };
    let flag: FreshnessOutcome['flag'] = null;
    if (missing.length) {
      flag = 'broken';
    } else if (changed.length) {
      flag = 'possibly-outdated';
    }
    const outcome: FreshnessOutcome = {
      id: candidate.id,
      reviewDueAt: reviewDueAt(
        candidate.reviewedAt,
        candidate.createdAt,
        candidate.reviewIntervalDays,
        this.deps.defaultReviewIntervalDays,
      ),
      flag,
      detail,
      notified: null,
      fingerprints,
    };
    const state = stateOf(outcome, now);
    if (mode === 'check') {
      outcome.notified = state === 'fresh' ? null : state;
    } else if (state === candidate.notified) {
      // still broken after the review: they have heard of it
      outcome.notified = state;
    }
    return outcome;
  }

  private async catalogIsEmpty(): Promise<boolean> {
    const { totalItems } = await this.deps.catalog.queryEntities(
      { limit: 1, fields: ['kind'] },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    return totalItems === 0;
  }

  /** Fetches what the index does not hold yet, once per ref and run. */
  private async loadEntities(refs: string[], index: EntityIndex) {
    const wanted = [...new Set(refs)].filter(ref => !index.has(ref));
    if (wanted.length === 0) {
      return;
    }
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    for (let i = 0; i < wanted.length; i += CATALOG_CHUNK) {
      const chunk = wanted.slice(i, i + CATALOG_CHUNK);
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        { entityRefs: chunk, fields: FINGERPRINT_FIELDS },
        { credentials },
      );
      chunk.forEach((ref, j) => {
        const entity = items[j];
        index.set(ref, entity ? entityFingerprint(entity) : null);
      });
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

/** Every ref a resource names: owner, SMEs, linked entities. */
function refsOf(candidate: FreshnessCandidate): string[] {
  return [
    candidate.owner,
    ...candidate.smes,
    ...candidate.links.map(l => l.entityRef),
  ];
}

/** The entities a resource teaches, whose changes may outdate it. */
function taughtRefs(candidate: FreshnessCandidate): string[] {
  return [
    ...new Set(
      candidate.links
        .filter(l => l.relation === 'teaches')
        .map(l => l.entityRef),
    ),
  ];
}

function stateOf(outcome: FreshnessOutcome, now: Date): LearningFreshnessState {
  if (outcome.flag) {
    return outcome.flag;
  }
  return outcome.reviewDueAt && Date.parse(outcome.reviewDueAt) <= now.getTime()
    ? 'due'
    : 'fresh';
}

/** Whether the outcome changes anything stored, so that a quiet run writes nothing. */
function differs(
  candidate: FreshnessCandidate,
  outcome: FreshnessOutcome,
): boolean {
  const stored = JSON.stringify({
    due: candidate.reviewDueAt ?? null,
    flag: candidate.flag ?? null,
    detail: candidate.detail,
    notified: candidate.notified ?? null,
    fingerprints: candidate.fingerprints,
  });
  const next = JSON.stringify({
    due: outcome.reviewDueAt,
    flag: outcome.flag,
    detail: outcome.detail,
    notified: outcome.notified,
    fingerprints: outcome.fingerprints,
  });
  return stored !== next;
}
