import { LearningEmbed } from '@tech-learning/backstage-plugin-learning-common';
import { formatDate } from './format';

/** `From 1 Feb 2027, 2 weeks` or `Flexible start, 2 weeks`. */
export function whenOf(embed: LearningEmbed): string {
  return `${startOf(embed)}, ${weeksOf(embed.durationWeeks)}`;
}

/** `From 1 Feb 2027` or `Flexible start`. */
export function startOf(embed: Pick<LearningEmbed, 'startsOn'>): string {
  return embed.startsOn
    ? `From ${formatDate(`${embed.startsOn}T00:00:00Z`)}`
    : 'Flexible start';
}

/** `1 week`, `2 weeks`. */
export function weeksOf(durationWeeks: number): string {
  return `${durationWeeks} ${durationWeeks === 1 ? 'week' : 'weeks'}`;
}

/** `1 of 2 seats left`, or what the status says instead. */
export function seatsOf(
  embed: Pick<LearningEmbed, 'status' | 'seats' | 'seatsTaken'>,
): string {
  if (embed.status === 'closed') {
    return 'Closed';
  }
  const left = embed.seats - embed.seatsTaken;
  return left > 0 ? `${left} of ${embed.seats} seats left` : 'Filled';
}
