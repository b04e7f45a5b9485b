import { useApi } from '@backstage/core-plugin-api';
import {
  LearningLinkRelation,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import { FormEvent, useState } from 'react';
import { learningApiRef } from '../../api';
import { useFormErrors } from '../../hooks/useFormErrors';
import { FormFrame } from '../forms/formParts';
import {
  FIELD_OF,
  FIELDS,
  FormState,
  initialState,
  SectionProps,
  Step,
  toInput,
  validate,
} from './resourceFormState';
import { AboutSection } from './sections/AboutSection';
import { DocsSection } from './sections/DocsSection';
import { LinksSection } from './sections/LinksSection';
import { PeopleSection } from './sections/PeopleSection';
import { StepsSection } from './sections/StepsSection';
import { WhereSection } from './sections/WhereSection';

interface ResourceFormProps {
  /** The resource to edit; without it, the form creates one. */
  resource?: LearningResource;
  /** Step titles of a path being edited, by id. */
  stepTitles?: Map<string, Step>;
  /** Owner preset on a new resource (the signed-in user, say). */
  defaultOwner?: string;
  /** A link preset on a new resource (from an entity's page). */
  defaultLink?: { entityRef: string; relation: LearningLinkRelation };
  onSaved(resource: LearningResource): void;
  onCancel(): void;
}

/**
 * Creates or edits a course, toolkit or path. The backend validates it
 * again and names the field of each problem; the form shows each at its
 * field. Links of an existing resource change on its page, since each one
 * needs the permission of the entity it points to.
 */
export function ResourceForm(props: ResourceFormProps) {
  const { resource } = props;
  const learningApi = useApi(learningApiRef);
  const [state, setState] = useState<FormState>(() => {
    const initial = initialState(resource, {
      owner: props.defaultOwner,
      link: props.defaultLink,
    });
    if (props.stepTitles) {
      initial.steps = initial.steps.map(s => props.stepTitles?.get(s.id) ?? s);
    }
    return initial;
  });
  const { errors, other, saving, hasErrors, clear, save } =
    useFormErrors(FIELDS);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setState(s => ({ ...s, [key]: value }));
    clear(FIELD_OF[key]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(validate(state), async () => {
      const input = toInput(state);
      let saved: LearningResource;
      if (resource) {
        const { links: _links, ...fields } = input;
        saved = await learningApi.updateResource(resource.id, {
          ...fields,
          // an emptied optional field is cleared, not left as it was
          durationMinutes: fields.durationMinutes ?? null,
          reviewIntervalDays: fields.reviewIntervalDays ?? null,
        });
      } else {
        saved = await learningApi.createResource(input);
      }
      props.onSaved(saved);
    });
  };

  const sections: SectionProps = { state, set, errors };

  return (
    <FormFrame
      label={resource ? 'Edit learning material' : 'New learning material'}
      onSubmit={submit}
      onCancel={props.onCancel}
      saving={saving}
      submitLabel={resource ? 'Save changes' : 'Create'}
      error={other}
      hasFieldErrors={hasErrors}
    >
      <AboutSection {...sections} editing={Boolean(resource)} />
      <WhereSection {...sections} />
      <PeopleSection {...sections} />
      {!resource && <LinksSection {...sections} />}
      <DocsSection {...sections} />
      {state.kind === 'path' && <StepsSection {...sections} />}
    </FormFrame>
  );
}
