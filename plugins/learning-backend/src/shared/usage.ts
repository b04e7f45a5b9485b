/**
 * Where features report what the program's insights count: page views and
 * searches that found nothing, aggregated per day, never kept per person.
 */
export interface UsageRecorder {
  /** An entity's page was viewed; `empty` when it had no material. */
  viewed(entityRef: string, empty: boolean): void;
  /** A user's search found nothing. */
  searchFoundNothing(query: string, userRef: string): void;
}
