/** A learning YAML file the backend reads, as it last found it. */
export interface LearningSourceRecord {
  /** sha256 of the target, in hex. */
  id: string;
  /** Its URL. */
  target: string;
  /** The entity whose annotation names it; absent for app-config's. */
  entityRef?: string;
  /** Of the last read that returned it. */
  etag?: string;
  /** Documents it declared when last synced. */
  documentCount?: number;
  /** What is wrong with it now; empty when it synced. */
  errors: string[];
  checkedAt?: string;
  /** When what it declares last changed here. */
  changedAt?: string;
}

/** The learning YAML files the backend knows of. */
export interface SourceStore {
  listSources(filter?: { entityRef?: string }): Promise<LearningSourceRecord[]>;
  /** Creates or replaces the record of a source. */
  saveSource(source: LearningSourceRecord): Promise<void>;
  deleteSources(ids: string[]): Promise<void>;
}
