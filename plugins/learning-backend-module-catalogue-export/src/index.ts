/**
 * A learning provider that reads an LMS's catalogue export (JSON or CSV)
 * over HTTP through the UrlReader.
 *
 * @packageDocumentation
 */

export { learningModuleCatalogueExport as default } from './module';
export { CatalogueExportProvider } from './CatalogueExportProvider';
export {
  CSV_COLUMNS,
  formatOf,
  parseCatalogueExport,
  type CatalogueExportFormat,
} from './parseCatalogueExport';
