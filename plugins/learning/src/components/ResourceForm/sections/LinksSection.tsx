import { EntityLinkRows, FormSection } from '../../forms/formParts';
import { SectionProps } from '../resourceFormState';

/** What a new resource teaches in the catalog (an existing one changes its links on its page). */
export function LinksSection(props: SectionProps) {
  const { state, set, errors } = props;
  return (
    <FormSection title="What it teaches in the catalog">
      <EntityLinkRows
        rows={state.links}
        onChange={rows => set('links', rows)}
        error={errors.links}
      />
    </FormSection>
  );
}
