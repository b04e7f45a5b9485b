import { DateArray, EventAttributes, createEvents } from 'ics';

/** An event of a calendar file: whole days, or a time span. */
type CalendarEvent = {
  /** Stable across downloads, so calendars update rather than duplicate. */
  uid: string;
  title: string;
  description?: string;
  url?: string;
  location?: string;
} & (
  | {
      /** The first day, YYYY-MM-DD. */
      firstDay: string;
      /** The last day, YYYY-MM-DD. */
      lastDay: string;
    }
  | { startsAt: string; endsAt: string }
);

function dayArray(day: string, addDays = 0): DateArray {
  const d = new Date(Date.parse(`${day}T00:00:00Z`) + addDays * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * An iCalendar file (RFC 5545) of the events, written by the `ics`
 * library: text escaped and folded as the standard wants.
 */
export function toCalendar(name: string, events: CalendarEvent[]): string {
  const attributes: EventAttributes[] = events.map(event => {
    const common = {
      uid: event.uid,
      title: event.title,
      calName: name,
      productId: 'tech-learning/backstage',
      ...(event.description ? { description: event.description } : {}),
      // calendars take absolute URLs only (without app.baseUrl, none)
      ...(event.url && /^https?:\/\//.test(event.url)
        ? { url: event.url }
        : {}),
      ...(event.location ? { location: event.location } : {}),
    };
    if ('firstDay' in event) {
      // all-day events end on the day after the last (DTEND is exclusive)
      return {
        ...common,
        start: dayArray(event.firstDay),
        end: dayArray(event.lastDay, 1),
        transp: 'TRANSPARENT' as const,
      };
    }
    return {
      ...common,
      start: Date.parse(event.startsAt),
      startInputType: 'utc' as const,
      startOutputType: 'utc' as const,
      end: Date.parse(event.endsAt),
      endInputType: 'utc' as const,
      endOutputType: 'utc' as const,
    };
  });
  const { error, value } = createEvents(attributes, {
    calName: name,
    productId: 'tech-learning/backstage',
  });
  if (error || value === null) {
    throw error ?? new Error('The calendar could not be written');
  }
  return value;
}
