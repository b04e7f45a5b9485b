import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { FormRows, FormSection } from '../../forms/formParts';
import { SectionProps } from '../resourceFormState';

/** Where to take it: its links. */
export function WhereSection(props: SectionProps) {
  const { state, set, errors } = props;
  return (
    <FormSection title="Where to take it">
      <FormRows
        label="Link"
        addLabel="Add a link"
        rows={state.urls}
        onChange={rows => set('urls', rows)}
        empty={{ title: '', url: '' }}
        error={errors.urls}
      >
        {(row, update, i) => (
          <>
            <Grid item xs={12} sm={4}>
              <TextField
                fullWidth
                id={`learning-url-${i}-title`}
                label={`Link ${i + 1} title`}
                value={row.title}
                onChange={e => update({ ...row, title: e.target.value })}
              />
            </Grid>
            <Grid item xs={12} sm={8}>
              <TextField
                fullWidth
                required
                id={`learning-url-${i}-url`}
                label={`Link ${i + 1} URL`}
                placeholder="https://"
                value={row.url}
                onChange={e => update({ ...row, url: e.target.value })}
              />
            </Grid>
          </>
        )}
      </FormRows>
    </FormSection>
  );
}
