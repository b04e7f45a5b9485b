import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { CatalogRefPicker } from '../../forms/CatalogRefPicker';
import { FormRows, FormSection } from '../../forms/formParts';
import { LINKABLE_KINDS } from '../../format/format';
import { SectionProps } from '../resourceFormState';

/** The docs pages it points to. */
export function DocsSection(props: SectionProps) {
  const { state, set, errors } = props;
  return (
    <FormSection title="Docs">
      <FormRows
        label="Docs page"
        addLabel="Add a docs page"
        rows={state.docs}
        onChange={rows => set('docs', rows)}
        empty={{ entityRef: '', path: '' }}
        error={errors.docs}
      >
        {(row, update, i) => (
          <>
            <Grid item xs={12} sm={6}>
              <CatalogRefPicker
                label={`Docs of ${i + 1}`}
                kinds={LINKABLE_KINDS}
                value={row.entityRef}
                onChange={entityRef => update({ ...row, entityRef })}
              />
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                fullWidth
                id={`learning-doc-${i}-path`}
                label={`Page ${i + 1}`}
                placeholder="guides/idempotency/"
                helperText="Relative to the entity's docs; empty for its home"
                value={row.path}
                onChange={e => update({ ...row, path: e.target.value })}
              />
            </Grid>
          </>
        )}
      </FormRows>
    </FormSection>
  );
}
