import type {
  LearnerStatementBatch,
  LearnerStatementResult,
} from '@tech-learning/backstage-plugin-learning-node';

/**
 * Statements about learners from providers' learning record stores, and
 * the cursors the providers read them with.
 */
export interface StatementStore {
  /**
   * In one transaction: keeps the batch's new statements (by provider and
   * id), voids those it names, sets the enrolments they decide, and saves
   * the provider's cursor.
   */
  applyStatements(
    provider: string,
    batch: LearnerStatementBatch,
  ): Promise<LearnerStatementResult>;
  getCursor(provider: string): Promise<string | undefined>;
}
