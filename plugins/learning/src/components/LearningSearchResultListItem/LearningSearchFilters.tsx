import { SearchFilter, useSearch } from '@backstage/plugin-search-react';
import {
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_RESOURCE_KINDS,
  LEARNING_RESOURCE_SEARCH_TYPE,
} from '@tech-learning/backstage-plugin-learning-common';

/**
 * Filters of learning results on the search page (kind, format, level),
 * shown while the Learning result type is chosen.
 *
 * @public
 */
export function LearningSearchFilters(props: { className?: string }) {
  const { types } = useSearch();
  if (!types.includes(LEARNING_RESOURCE_SEARCH_TYPE)) {
    return <></>;
  }
  return (
    <>
      <SearchFilter.Select
        className={props.className}
        label="Kind of material"
        name="kind"
        values={[...LEARNING_RESOURCE_KINDS]}
      />
      <SearchFilter.Select
        className={props.className}
        label="Format"
        name="format"
        values={[...LEARNING_FORMATS]}
      />
      <SearchFilter.Select
        className={props.className}
        label="Level"
        name="level"
        values={[...LEARNING_LEVELS]}
      />
    </>
  );
}
