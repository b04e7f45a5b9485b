import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

const FULL_REF = /^[^:/]+:[^:/]+\/[^:/]+$/;

/**
 * Parses a full entity ref (`kind:namespace/name`) and returns it in the
 * catalog's normalised (lower-case) form. Throws a `TypeError` that names
 * the value when it is not a full ref, or when `kinds` is given and the
 * ref is of another kind.
 *
 * @public
 */
export function normalizeFullEntityRef(
  value: string,
  options?: { kinds?: string[] },
): string {
  if (typeof value !== 'string' || !FULL_REF.test(value.trim())) {
    throw new TypeError(
      `'${value}' is not a full entity ref of the form kind:namespace/name`,
    );
  }
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(value.trim());
  } catch (e) {
    throw new TypeError(`'${value}' is not a valid entity ref: ${e}`);
  }
  const kinds = options?.kinds?.map(k => k.toLocaleLowerCase('en-US'));
  if (kinds && !kinds.includes(ref.kind.toLocaleLowerCase('en-US'))) {
    throw new TypeError(
      `'${value}' must be a ref to a ${options!.kinds!.join(' or ')}`,
    );
  }
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}
