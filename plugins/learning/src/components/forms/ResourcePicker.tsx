import { useApi } from '@backstage/core-plugin-api';
import {
  LearningResource,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import CircularProgress from '@material-ui/core/CircularProgress';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { learningApiRef } from '../../api';
import { kindLabel } from '../format/format';

type Picked = Pick<LearningResource, 'id' | 'title' | 'kind'>;

/**
 * Picks one learning resource by its title, searching the backend as the
 * user types; `kinds` narrows what it offers.
 */
export function ResourcePicker(props: {
  label: string;
  value: Picked | null;
  onChange(value: Picked | null): void;
  kinds?: LearningResourceKind[];
  /** Ids not to offer (already chosen ones). */
  exclude?: string[];
  error?: string;
  helperText?: string;
}) {
  const { label, value, onChange, kinds, exclude, error, helperText } = props;
  const learningApi = useApi(learningApiRef);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [options, setOptions] = useState<Picked[]>([]);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<Error>();
  useDebounce(() => setTerm(input.trim()), 250, [input]);

  const kindsKey = (kinds ?? []).join(',');
  useEffect(() => {
    let current = true;
    setLoading(true);
    const wanted = kindsKey ? kindsKey.split(',') : undefined;
    learningApi
      .listResources({
        q: term || undefined,
        kind:
          wanted?.length === 1
            ? (wanted[0] as LearningResourceKind)
            : undefined,
        sort: 'title',
        limit: 20,
      })
      .then(
        page => {
          if (current) {
            setOptions(
              page.items.filter(r => !wanted || wanted.includes(r.kind)),
            );
            setLoadError(undefined);
          }
        },
        e => current && setLoadError(e),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [learningApi, kindsKey, term]);

  const shown =
    error ?? (loadError && `Searching failed: ${loadError.message}`);
  return (
    <Autocomplete<Picked, false>
      options={options.filter(o => !exclude?.includes(o.id))}
      value={value}
      loading={loading}
      filterOptions={all => all}
      getOptionLabel={o => `${o.title} (${kindLabel(o.kind)})`}
      getOptionSelected={(o, v) => o.id === v.id}
      onInputChange={(_, text, reason) => reason === 'input' && setInput(text)}
      onChange={(_, picked) => onChange(picked)}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          error={Boolean(shown)}
          helperText={shown ?? helperText}
          InputProps={{
            ...params.InputProps,
            endAdornment: (
              <>
                {loading ? (
                  <CircularProgress color="inherit" size={16} />
                ) : null}
                {params.InputProps.endAdornment}
              </>
            ),
          }}
        />
      )}
    />
  );
}
