import { useApi } from '@backstage/core-plugin-api';
import {
  LEARNING_LINK_RELATIONS,
  LearningLinkRelation,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { learningApiRef } from '../../api';
import { ResourcePicker } from '../forms/ResourcePicker';
import { splitFieldErrors } from '../forms/fieldErrors';
import { RELATION_TITLES } from '../format/format';

type Picked = Pick<LearningResource, 'id' | 'title' | 'kind'>;

/**
 * Links an existing course, toolkit or path to the entity. `onClose` says
 * whether something was linked.
 */
export function LinkMaterialDialog(props: {
  open: boolean;
  entityRef: string;
  /** Resources already linked, not offered again. */
  exclude: string[];
  onClose(linked: boolean): void;
}) {
  const learningApi = useApi(learningApiRef);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [relation, setRelation] = useState<LearningLinkRelation>('teaches');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<{ resource?: string; other?: string }>(
    {},
  );

  const close = (linked: boolean) => {
    setPicked(null);
    setErrors({});
    props.onClose(linked);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      setErrors({ resource: 'Choose the material to link' });
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      await learningApi.addLink(picked.id, {
        entityRef: props.entityRef,
        relation,
      });
      close(true);
    } catch (e) {
      const split = splitFieldErrors(e as Error, ['entityRef', 'relation']);
      setErrors({
        other: [...Object.values(split.byField), split.other]
          .filter(Boolean)
          .join('; '),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={() => !saving && close(false)}
      aria-labelledby="learning-link-material-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="learning-link-material-title">
          Link existing material
        </DialogTitle>
        <DialogContent>
          {errors.other && (
            <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
              {errors.other}
            </Alert>
          )}
          <ResourcePicker
            label="Material"
            value={picked}
            onChange={setPicked}
            exclude={props.exclude}
            error={errors.resource}
          />
          <TextField
            select
            fullWidth
            margin="normal"
            id="learning-link-material-relation"
            label="Relation"
            value={relation}
            onChange={e => setRelation(e.target.value as LearningLinkRelation)}
          >
            {LEARNING_LINK_RELATIONS.map(r => (
              <MenuItem key={r} value={r}>
                {RELATION_TITLES[r]}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close(false)} disabled={saving}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving}
          >
            {saving ? 'Linking…' : 'Link'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
