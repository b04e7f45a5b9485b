import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import CircularProgress from '@material-ui/core/CircularProgress';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useEffect, useMemo, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

interface Option {
  ref: string;
  label: string;
}

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

function toOption(entity: Entity): Option {
  const ref = stringifyEntityRef(entity);
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  const name = profile.displayName ?? entity.metadata.title;
  return { ref, label: name ? `${name} (${ref})` : ref };
}

/** An option for a ref that the catalog did not return (yet). */
function refOption(ref: string): Option {
  return { ref, label: ref };
}

interface CommonProps {
  label: string;
  /** Entity kinds to offer, such as `['User']` or `['Group', 'User']`. */
  kinds: string[];
  helperText?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

type CatalogRefPickerProps = CommonProps &
  (
    | { multiple?: false; value: string; onChange(value: string): void }
    | { multiple: true; value: string[]; onChange(value: string[]): void }
  );

/**
 * Picks catalog entities by name or title, as full refs. Asks the catalog
 * (with the user's own credentials, so it offers only what they may see) as
 * they type; the backend checks the refs again when the form is saved.
 */
export function CatalogRefPicker(props: CatalogRefPickerProps) {
  const { label, kinds, helperText, error, required, disabled } = props;
  const catalogApi = useApi(catalogApiRef);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<Error>();
  useDebounce(() => setTerm(input.trim()), 250, [input]);

  const kindsKey = kinds.join(',');
  useEffect(() => {
    let current = true;
    setLoading(true);
    catalogApi
      .queryEntities({
        filter: { kind: kindsKey.split(',') },
        ...(term
          ? {
              fullTextFilter: {
                term,
                fields: [
                  'metadata.name',
                  'metadata.title',
                  'spec.profile.displayName',
                ],
              },
            }
          : {}),
        orderFields: { field: 'metadata.name', order: 'asc' },
        fields: FIELDS,
        limit: 20,
      })
      .then(
        response => {
          if (current) {
            setOptions(response.items.map(toOption));
            setLoadError(undefined);
          }
        },
        e => current && setLoadError(e),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [catalogApi, kindsKey, term]);

  const byRef = useMemo(
    () => new Map(options.map(option => [option.ref, option])),
    [options],
  );
  const optionOf = (ref: string) => byRef.get(ref) ?? refOption(ref);
  const shownError =
    error ?? (loadError && `The catalog: ${loadError.message}`);

  const renderInput = (params: any) => (
    <TextField
      {...params}
      label={label}
      required={required}
      error={Boolean(shownError)}
      helperText={shownError ?? helperText}
      InputProps={{
        ...params.InputProps,
        endAdornment: (
          <>
            {loading ? <CircularProgress color="inherit" size={16} /> : null}
            {params.InputProps.endAdornment}
          </>
        ),
      }}
    />
  );
  const common = {
    options,
    disabled,
    loading,
    filterOptions: (all: Option[]) => all,
    getOptionLabel: (option: Option) => option.label,
    getOptionSelected: (option: Option, value: Option) =>
      option.ref === value.ref,
    onInputChange: (_: unknown, value: string, reason: string) => {
      // selecting an option fills the input with its label: that is not a
      // search term
      if (reason === 'input' || reason === 'clear') {
        setInput(value);
      }
    },
    renderInput,
  };

  if (props.multiple) {
    const { value, onChange } = props;
    return (
      <Autocomplete<Option, true>
        {...common}
        multiple
        value={value.map(optionOf)}
        onChange={(_, selected) => onChange(selected.map(o => o.ref))}
      />
    );
  }
  const { value, onChange } = props;
  return (
    <Autocomplete<Option, false>
      {...common}
      value={value ? optionOf(value) : null}
      onChange={(_, selected) => onChange(selected?.ref ?? '')}
    />
  );
}
