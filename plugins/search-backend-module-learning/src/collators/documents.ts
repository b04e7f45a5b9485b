import {
  LearningEmbed,
  LearningEmbedSearchDocument,
  LearningResource,
  LearningResourceSearchDocument,
} from '@tech-learning/backstage-plugin-learning-common';
import { markdownText } from './markdownText';

/** Where a document's page is: a template with `:id`. */
function locationOf(template: string, id: string): string {
  return template.replace(':id', encodeURIComponent(id));
}

/** The refs a resource teaches (its links of relation `teaches`). */
export function taughtRefs(resource: LearningResource): string[] {
  return resource.links
    .filter(link => link.relation === 'teaches')
    .map(link => link.entityRef);
}

/** A learning resource as Backstage search indexes it. */
export function resourceDocument(
  resource: LearningResource,
  names: Map<string, string>,
  locationTemplate: string,
): LearningResourceSearchDocument {
  const teaches = taughtRefs(resource);
  const teachesTitles = teaches.map(ref => names.get(ref) ?? ref);
  const rating = resource.stats.rating;
  return {
    title: resource.title,
    text: [
      resource.summary,
      markdownText(resource.description ?? ''),
      resource.tags.join(' '),
      teachesTitles.length ? `Teaches ${teachesTitles.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    location: locationOf(locationTemplate, resource.id),
    authorization: { resourceRef: resource.id },
    kind: resource.kind,
    format: resource.format,
    level: resource.level,
    ...(resource.durationMinutes !== undefined
      ? { durationMinutes: resource.durationMinutes }
      : {}),
    tags: resource.tags,
    owner: resource.owner,
    teaches,
    teachesTitles,
    freshness: resource.freshness.state,
    ...(rating.average !== undefined ? { rating: rating.average } : {}),
    ratingCount: rating.count,
    learnerCount: resource.stats.learners,
  };
}

/** An embed as Backstage search indexes it. */
export function embedDocument(
  embed: LearningEmbed,
  names: Map<string, string>,
  locationTemplate: string,
): LearningEmbedSearchDocument {
  const entityRefs = embed.links.map(link => link.entityRef);
  const skills = [...new Set([...embed.skillsWanted, ...embed.skillsTaught])];
  return {
    title: embed.title,
    text: [
      embed.summary,
      markdownText(embed.description ?? ''),
      skills.join(' '),
      `Hosted by ${names.get(embed.host) ?? embed.host}`,
      entityRefs.length
        ? `Works on ${entityRefs.map(ref => names.get(ref) ?? ref).join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
    location: locationOf(locationTemplate, embed.id),
    authorization: { resourceRef: embed.id },
    host: embed.host,
    status: embed.status,
    skills,
    entityRefs,
    ...(embed.startsOn ? { startsOn: embed.startsOn } : {}),
    durationWeeks: embed.durationWeeks,
    seats: embed.seats,
    seatsTaken: embed.seatsTaken,
  };
}
