import { toCalendar } from './calendar';

describe('toCalendar', () => {
  it('writes whole-day events ending the day after their last day', () => {
    const ics = toCalendar('Ledger cohort', [
      {
        uid: 'cohort-1-week-0@tech-learning',
        title: 'Week 1: Ledger basics; with a comma, and more',
        firstDay: '2026-12-28',
        lastDay: '2027-01-03',
        url: 'http://localhost:3000/learning/cohorts/1',
      },
    ]);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('X-WR-CALNAME:Ledger cohort');
    expect(ics).toContain('UID:cohort-1-week-0@tech-learning');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261228/);
    expect(ics).toMatch(/DTEND;VALUE=DATE:20270104/);
    // text values are escaped as RFC 5545 wants
    expect(ics).toContain(
      'SUMMARY:Week 1: Ledger basics\\; with a comma\\, and more',
    );
  });

  it('writes timed events in UTC', () => {
    const ics = toCalendar('Sessions', [
      {
        uid: 's-1@tech-learning',
        title: 'Live session',
        startsAt: '2027-01-05T09:30:00.000Z',
        endsAt: '2027-01-05T11:00:00.000Z',
        location: 'Room 4',
      },
    ]);
    expect(ics).toContain('DTSTART:20270105T093000Z');
    expect(ics).toContain('DTEND:20270105T110000Z');
    expect(ics).toContain('LOCATION:Room 4');
  });
});
