import { useApi } from '@backstage/core-plugin-api';
import {
  LEARNING_LINK_RELATIONS,
  LearningLinkRelation,
  LearningLinkSuggestion,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useState } from 'react';
import { learningApiRef } from '../../api';
import { CatalogRefPicker } from '../forms/CatalogRefPicker';
import { splitFieldErrors } from '../forms/fieldErrors';
import { LINKABLE_KINDS, RELATION_TITLES } from '../format/format';

/**
 * Links a resource to a catalog entity. The backend allows it when the user
 * owns the entity, or owns or teaches the resource; its refusal shows at the
 * entity field. A link to an entity the user does not own is suggested to
 * its owners, and the form says so.
 */
export function LinkEntityForm(props: {
  resourceId: string;
  onLinked(resource: LearningResource): void;
  onSuggested(suggestion: LearningLinkSuggestion): void;
}) {
  const learningApi = useApi(learningApiRef);
  const [entityRef, setEntityRef] = useState('');
  const [relation, setRelation] = useState<LearningLinkRelation>('teaches');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!entityRef) {
      setErrors({ entityRef: 'Choose an entity' });
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const result = await learningApi.addLink(props.resourceId, {
        entityRef,
        relation,
      });
      if (result.type === 'linked') {
        props.onLinked(result.resource);
      } else {
        props.onSuggested(result.suggestion);
      }
      setEntityRef('');
    } catch (e) {
      const split = splitFieldErrors(e as Error, ['entityRef', 'relation']);
      setErrors({
        ...split.byField,
        ...(split.other ? { entityRef: split.other } : {}),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Link an entity"
      style={{ marginTop: 16 }}
    >
      <CatalogRefPicker
        label="Entity"
        kinds={LINKABLE_KINDS}
        value={entityRef}
        onChange={setEntityRef}
        error={errors.entityRef}
      />
      <Box display="flex" alignItems="flex-end" style={{ gap: 8 }} mt={1}>
        <TextField
          select
          id="learning-link-entity-relation"
          label="Relation"
          value={relation}
          onChange={e => setRelation(e.target.value as LearningLinkRelation)}
          error={Boolean(errors.relation)}
          helperText={errors.relation}
          style={{ minWidth: 160 }}
        >
          {LEARNING_LINK_RELATIONS.map(r => (
            <MenuItem key={r} value={r}>
              {RELATION_TITLES[r]}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined" disabled={saving}>
          {saving ? 'Linking…' : 'Link'}
        </Button>
      </Box>
    </form>
  );
}
