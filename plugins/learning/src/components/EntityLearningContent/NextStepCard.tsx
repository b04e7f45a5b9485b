import { InfoCard } from '@backstage/core-components';
import {
  EntityLearningItem,
  LEARNING_LEVELS,
  LEARNING_LINK_RELATIONS,
} from '@tech-learning/backstage-plugin-learning-common';
import Typography from '@material-ui/core/Typography';
import { ResourceChips } from '../format/ResourceChips';
import { ResourceTitleLink } from '../format/ResourceTitleLink';

/** Paths first, then what teaches it, the entity's own before its system's, easiest first. */
function order(a: EntityLearningItem, b: EntityLearningItem) {
  return (
    Number(b.resource.kind === 'path') - Number(a.resource.kind === 'path') ||
    Number(a.via === 'system') - Number(b.via === 'system') ||
    LEARNING_LINK_RELATIONS.indexOf(a.relation) -
      LEARNING_LINK_RELATIONS.indexOf(b.relation) ||
    LEARNING_LEVELS.indexOf(a.resource.level) -
      LEARNING_LEVELS.indexOf(b.resource.level) ||
    a.resource.title.localeCompare(b.resource.title)
  );
}

/**
 * The viewer's next step on this entity: what they are taking, or else the
 * first material they have not taken; or that they completed it all.
 */
export function nextStepOf(
  items: EntityLearningItem[],
):
  | { type: 'continue' | 'start'; item: EntityLearningItem }
  | { type: 'done' }
  | undefined {
  const taking = items
    .filter(i => i.myEnrolment && i.myEnrolment.state !== 'completed')
    .sort(order)[0];
  if (taking) {
    return { type: 'continue', item: taking };
  }
  const untaken = items.filter(i => !i.myEnrolment).sort(order)[0];
  if (untaken) {
    return { type: 'start', item: untaken };
  }
  return items.length > 0 ? { type: 'done' } : undefined;
}

export function NextStepCard(props: { items: EntityLearningItem[] }) {
  const next = nextStepOf(props.items);
  if (!next) {
    return null;
  }
  return (
    <InfoCard title="Your next step">
      {next.type === 'done' ? (
        <Typography variant="body2">
          You completed all the material linked here.
        </Typography>
      ) : (
        <>
          <Typography variant="body2">
            {next.type === 'continue'
              ? `Carry on with (${
                  next.item.myEnrolment?.progress ?? 0
                }% done): `
              : 'Start with: '}
            <ResourceTitleLink resource={next.item.resource} />
          </Typography>
          <ResourceChips resource={next.item.resource} />
        </>
      )}
    </InfoCard>
  );
}
