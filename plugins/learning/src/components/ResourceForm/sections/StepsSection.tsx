import Grid from '@material-ui/core/Grid';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import { ResourcePicker } from '../../forms/ResourcePicker';
import { FormSection } from '../../forms/formParts';
import { SectionProps } from '../resourceFormState';

/** The steps of a path, in order. */
export function StepsSection(props: SectionProps) {
  const { state, set, errors } = props;
  return (
    <FormSection title="Steps of the path">
      {state.steps.map((step, i) => (
        <Grid item xs={12} key={step.id}>
          <Box display="flex" alignItems="center">
            <Typography style={{ flex: 1 }}>
              {i + 1}. {step.title}
            </Typography>
            <Button
              size="small"
              disabled={i === 0}
              aria-label={`Move step ${i + 1} up`}
              onClick={() => {
                const steps = [...state.steps];
                [steps[i - 1], steps[i]] = [steps[i], steps[i - 1]];
                set('steps', steps);
              }}
            >
              Up
            </Button>
            <IconButton
              aria-label={`Remove step ${i + 1}`}
              onClick={() =>
                set(
                  'steps',
                  state.steps.filter((_, j) => j !== i),
                )
              }
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        </Grid>
      ))}
      <Grid item xs={12} sm={8}>
        <ResourcePicker
          label="Add a step"
          kinds={['course', 'toolkit']}
          value={null}
          exclude={state.steps.map(s => s.id)}
          onChange={picked => picked && set('steps', [...state.steps, picked])}
          error={errors.steps}
          helperText="Courses and toolkits, in the order to take them"
        />
      </Grid>
    </FormSection>
  );
}
