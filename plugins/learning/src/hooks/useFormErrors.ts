import { useState } from 'react';
import { splitFieldErrors } from '../components/forms/fieldErrors';

/**
 * The errors and saving state of a form whose fields are those of the API:
 * `save` first shows the problems the form found itself, and only without
 * any asks the backend, whose problems it then shows at the fields they
 * name (`other` holds what names no field). A field the user changes no
 * longer shows its old problem (`clear`).
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [other, setOther] = useState<string>();
  const [saving, setSaving] = useState(false);

  const clear = (field: F) =>
    setErrors(e => {
      if (!e[field]) return e;
      const { [field]: _changed, ...rest } = e;
      return rest as Partial<Record<F, string>>;
    });

  const save = async (
    local: Partial<Record<F, string>>,
    write: () => Promise<void>,
  ) => {
    setErrors(local);
    setOther(undefined);
    if (Object.keys(local).length > 0) {
      return;
    }
    setSaving(true);
    try {
      await write();
    } catch (e) {
      const split = splitFieldErrors(e as Error, fields);
      setErrors(split.byField as Partial<Record<F, string>>);
      setOther(split.other);
    } finally {
      setSaving(false);
    }
  };

  return {
    errors,
    other,
    saving,
    hasErrors: Object.keys(errors).length > 0,
    clear,
    save,
  };
}
