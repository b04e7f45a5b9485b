import {
  LearningErasedRecords,
  LearningPersonRecords,
} from '@tech-learning/backstage-plugin-learning-common';

/** How many of a person's records of each kind an erase removed. */
export type ErasedCounts = Omit<LearningErasedRecords, 'userRef'>;

/** The records the learning plugin keeps about people. */
export interface RecordStore {
  /** Everything kept about one person's learning. */
  exportRecords(
    userRef: string,
  ): Promise<Omit<LearningPersonRecords, 'exportedAt'>>;

  /**
   * Erases one person's records in one transaction, with the figures of
   * the resources, embeds and cohorts they counted in.
   */
  eraseRecords(userRef: string): Promise<ErasedCounts>;

  /** Everyone with records, for the retention task. */
  listRecordHolders(): Promise<string[]>;

  /**
   * Notes who of the record holders the catalog no longer knows (since
   * when, kept from the first time), forgets those it knows again, and
   * answers those missing since before `before`.
   */
  noteDeparted(missing: string[], before: Date): Promise<string[]>;

  /** Forgets that a person was missing, once their records are erased. */
  forgetDeparted(userRef: string): Promise<void>;
}
