import { MarkdownContent } from '@backstage/core-components';
import {
  LEARNING_LINK_RELATIONS,
  LearningLinkRelation,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import Switch from '@material-ui/core/Switch';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { FormEvent, ReactNode, useState } from 'react';
import { CatalogRefPicker } from './CatalogRefPicker';
import { LINKABLE_KINDS, RELATION_TITLES } from '../format/format';

/**
 * The frame of a form of the plugin: what went wrong on top (a problem
 * that names no field, or a word that some fields show one), its sections,
 * and the buttons that save and cancel.
 */
export function FormFrame(props: {
  /** The form's accessible name. */
  label: string;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  saving: boolean;
  submitLabel: string;
  error?: string;
  hasFieldErrors: boolean;
  children: ReactNode;
}) {
  const { saving } = props;
  return (
    <Paper>
      <form onSubmit={props.onSubmit} noValidate aria-label={props.label}>
        <Box p={3}>
          <Grid container spacing={3}>
            {(props.error || props.hasFieldErrors) && (
              <Grid item xs={12}>
                <Alert severity="error">
                  {props.error ?? 'Some fields need your attention.'}
                </Alert>
              </Grid>
            )}
            {props.children}
            <Grid item xs={12}>
              <Box display="flex" style={{ gap: 8 }}>
                <Button
                  type="submit"
                  variant="contained"
                  color="primary"
                  disabled={saving}
                >
                  {saving ? 'Saving…' : props.submitLabel}
                </Button>
                <Button onClick={props.onCancel} disabled={saving}>
                  Cancel
                </Button>
              </Box>
            </Grid>
          </Grid>
        </Box>
      </form>
    </Paper>
  );
}

/** What a form adds to a `FormTextField` beyond its value and problem. */
export type FormTextFieldExtras = Omit<
  Partial<TextFieldProps>,
  'value' | 'onChange' | 'error'
>;

/**
 * A text field of a form whose fields are those of the API: full width,
 * and the field's problem, when it has one, in place of its help.
 */
export function FormTextField(
  props: Omit<TextFieldProps, 'error' | 'onChange' | 'value'> & {
    value: string;
    onChange(value: string): void;
    error?: string;
  },
) {
  const { error, helperText, onChange, ...rest } = props;
  return (
    <TextField
      fullWidth
      {...rest}
      onChange={e => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? helperText}
    />
  );
}

/** A titled part of a form. */
export function FormSection(props: { title: string; children: ReactNode }) {
  return (
    <Grid item xs={12}>
      <Typography variant="h6" component="h2" gutterBottom>
        {props.title}
      </Typography>
      <Grid container spacing={2}>
        {props.children}
      </Grid>
    </Grid>
  );
}

/** A list of rows with add and remove buttons. */
export function FormRows<T>(props: {
  label: string;
  rows: T[];
  onChange(rows: T[]): void;
  empty: T;
  error?: string;
  addLabel: string;
  children(row: T, update: (row: T) => void, index: number): ReactNode;
}) {
  const { rows, onChange } = props;
  return (
    <Grid item xs={12} role="group" aria-label={props.label}>
      {rows.map((row, i) => (
        <Box key={i} display="flex" alignItems="flex-start" mb={1}>
          <Grid container spacing={2}>
            {props.children(
              row,
              next => onChange(rows.map((r, j) => (j === i ? next : r))),
              i,
            )}
          </Grid>
          <IconButton
            aria-label={`Remove ${props.label.toLocaleLowerCase('en-US')} ${
              i + 1
            }`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      {props.error && <FormHelperText error>{props.error}</FormHelperText>}
      <Button size="small" onClick={() => onChange([...rows, props.empty])}>
        {props.addLabel}
      </Button>
    </Grid>
  );
}

/**
 * Free-text chips (tags, skills): typed and entered one by one, kept once
 * each. `normalize` turns what was typed into the stored form.
 */
export function ChipsField(props: {
  id: string;
  label: string;
  value: string[];
  onChange(value: string[]): void;
  error?: string;
  helperText?: string;
  normalize?: (value: string) => string;
}) {
  const normalize = props.normalize ?? ((v: string) => v.trim());
  return (
    <Autocomplete<string, true, false, true>
      id={props.id}
      multiple
      freeSolo
      options={[]}
      value={props.value}
      onChange={(_, values) =>
        props.onChange([...new Set(values.map(normalize))].filter(Boolean))
      }
      renderTags={(values, getTagProps) =>
        values.map((value, index) => (
          <Chip size="small" label={value} {...getTagProps({ index })} />
        ))
      }
      renderInput={params => (
        <TextField
          {...params}
          label={props.label}
          error={Boolean(props.error)}
          helperText={
            props.error ?? props.helperText ?? 'Type one and press Enter'
          }
        />
      )}
    />
  );
}

/** A markdown text field with a switch to preview it as rendered. */
export function MarkdownField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  helperText: string;
}) {
  const [preview, setPreview] = useState(false);
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={preview}
            onChange={e => setPreview(e.target.checked)}
          />
        }
        label={`Preview the ${props.label.toLocaleLowerCase('en-US')}`}
      />
      {preview ? (
        <Box border={1} borderColor="divider" borderRadius={4} p={2}>
          <MarkdownContent content={props.value || '_Empty_'} />
        </Box>
      ) : (
        <TextField
          id={props.id}
          fullWidth
          multiline
          minRows={6}
          label={props.label}
          value={props.value}
          onChange={e => props.onChange(e.target.value)}
          error={Boolean(props.error)}
          helperText={props.error ?? props.helperText}
        />
      )}
    </>
  );
}

export type EntityLinkRow = {
  entityRef: string;
  relation: LearningLinkRelation;
};

/** Rows of catalog entities with their relation, as material and embeds have. */
export function EntityLinkRows(props: {
  rows: EntityLinkRow[];
  onChange(rows: EntityLinkRow[]): void;
  error?: string;
}) {
  return (
    <FormRows<EntityLinkRow>
      label="Entity link"
      addLabel="Link an entity"
      rows={props.rows}
      onChange={props.onChange}
      empty={{ entityRef: '', relation: 'teaches' }}
      error={props.error}
    >
      {(row, update, i) => (
        <>
          <Grid item xs={12} sm={8}>
            <CatalogRefPicker
              label={`Entity ${i + 1}`}
              kinds={LINKABLE_KINDS}
              value={row.entityRef}
              onChange={entityRef => update({ ...row, entityRef })}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              select
              fullWidth
              id={`learning-link-${i}-relation`}
              label={`Relation ${i + 1}`}
              value={row.relation}
              onChange={e =>
                update({
                  ...row,
                  relation: e.target.value as LearningLinkRelation,
                })
              }
            >
              {LEARNING_LINK_RELATIONS.map(r => (
                <MenuItem key={r} value={r}>
                  {RELATION_TITLES[r]}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        </>
      )}
    </FormRows>
  );
}
