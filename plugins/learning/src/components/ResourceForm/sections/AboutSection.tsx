import {
  LEARNING_FORMATS,
  LEARNING_LEVELS,
  LEARNING_RESOURCE_KINDS,
} from '@tech-learning/backstage-plugin-learning-common';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import { ChipsField, FormSection, MarkdownField } from '../../forms/formParts';
import { capitalize, formatLabel, kindLabel } from '../../format/format';
import { SectionProps } from '../resourceFormState';
import { textFieldOf } from './textFieldOf';

/** What the material is: kind, format, level, title, summary, description, duration, language, tags. */
export function AboutSection(props: SectionProps & { editing: boolean }) {
  const text = textFieldOf(props);
  const { state, set, errors } = props;
  const { editing } = props;
  return (
    <FormSection title="What it is">
      <Grid item xs={12} sm={4}>
        {text('kind', 'kind', 'Kind', {
          select: true,
          required: true,
          disabled: editing,
          helperText: editing ? 'The kind does not change' : undefined,
          children: LEARNING_RESOURCE_KINDS.map(k => (
            <MenuItem key={k} value={k}>
              {kindLabel(k)}
            </MenuItem>
          )),
        })}
      </Grid>
      <Grid item xs={12} sm={4}>
        {text('format', 'format', 'Format', {
          select: true,
          required: true,
          children: LEARNING_FORMATS.map(f => (
            <MenuItem key={f} value={f}>
              {formatLabel(f)}
            </MenuItem>
          )),
        })}
      </Grid>
      <Grid item xs={12} sm={4}>
        {text('level', 'level', 'Level', {
          select: true,
          required: true,
          children: LEARNING_LEVELS.map(l => (
            <MenuItem key={l} value={l}>
              {capitalize(l)}
            </MenuItem>
          )),
        })}
      </Grid>
      <Grid item xs={12}>
        {text('title', 'title', 'Title', {
          required: true,
          inputProps: { maxLength: 200 },
        })}
      </Grid>
      <Grid item xs={12}>
        {text('summary', 'summary', 'Summary', {
          required: true,
          helperText: 'One or two sentences; lists and cards show it',
          inputProps: { maxLength: 500 },
        })}
      </Grid>
      <Grid item xs={12}>
        <MarkdownField
          id="learning-description"
          label="Description"
          value={state.description}
          onChange={value => set('description', value)}
          error={errors.description}
          helperText="Markdown; what learners will learn and need"
        />
      </Grid>
      <Grid item xs={6} sm={3}>
        {text('durationMinutes', 'duration', 'Duration (minutes)', {
          type: 'number',
          inputProps: { min: 1 },
        })}
      </Grid>
      <Grid item xs={6} sm={3}>
        {text('language', 'language', 'Language', {
          helperText: 'A language tag: en, de, pt-BR',
        })}
      </Grid>
      <Grid item xs={12} sm={6}>
        <ChipsField
          id="learning-tags"
          label="Tags"
          value={state.tags}
          onChange={tags => set('tags', tags)}
          error={errors.tags}
          helperText="Type a tag and press Enter"
          normalize={tag => tag.trim().toLocaleLowerCase('en-US')}
        />
      </Grid>
    </FormSection>
  );
}
