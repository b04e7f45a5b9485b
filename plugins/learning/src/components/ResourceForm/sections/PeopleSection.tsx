import Grid from '@material-ui/core/Grid';
import { CatalogRefPicker } from '../../forms/CatalogRefPicker';
import { FormSection } from '../../forms/formParts';
import { SectionProps } from '../resourceFormState';
import { textFieldOf } from './textFieldOf';

/** Who stands behind it: owner, SMEs, review interval. */
export function PeopleSection(props: SectionProps) {
  const text = textFieldOf(props);
  const { state, set, errors } = props;
  return (
    <FormSection title="Who stands behind it">
      <Grid item xs={12} sm={6}>
        <CatalogRefPicker
          label="Owner"
          kinds={['Group', 'User']}
          required
          value={state.owner}
          onChange={value => set('owner', value)}
          error={errors.owner}
          helperText="The team (or person) that keeps it up to date"
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <CatalogRefPicker
          multiple
          label="Subject-matter experts"
          kinds={['User']}
          value={state.smes}
          onChange={value => set('smes', value)}
          error={errors.smes}
          helperText="People learners may ask"
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        {text(
          'reviewIntervalDays',
          'reviewIntervalDays',
          'Review every (days)',
          {
            type: 'number',
            inputProps: { min: 1, max: 3650 },
            helperText: 'Empty: the installation’s default',
          },
        )}
      </Grid>
    </FormSection>
  );
}
