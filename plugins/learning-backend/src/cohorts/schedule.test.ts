import { addDays, cohortSchedule, cohortStatus, lastDayOf } from './schedule';

describe('cohort schedule', () => {
  it('gives a week to each step, across months and years', () => {
    expect(
      cohortSchedule('2026-12-28', 3, [
        { resourceId: 'a', title: 'Basics' },
        { resourceId: 'b' },
      ]),
    ).toEqual([
      {
        index: 0,
        title: 'Basics',
        resourceId: 'a',
        startsOn: '2026-12-28',
        endsOn: '2027-01-03',
      },
      {
        index: 1,
        title: 'Week 2',
        resourceId: 'b',
        startsOn: '2027-01-04',
        endsOn: '2027-01-10',
      },
      {
        index: 2,
        title: 'Week 3',
        startsOn: '2027-01-11',
        endsOn: '2027-01-17',
      },
    ]);
    expect(cohortSchedule('2027-02-22', 2).map(w => w.title)).toEqual([
      'Part 1 of 2',
      'Part 2 of 2',
    ]);
  });

  it('tells upcoming, running (with the week) and finished apart', () => {
    expect(lastDayOf('2027-01-04', 2)).toBe('2027-01-17');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(cohortStatus('2027-01-04', 2, '2027-01-03')).toEqual({
      status: 'upcoming',
    });
    expect(cohortStatus('2027-01-04', 2, '2027-01-04')).toEqual({
      status: 'running',
      currentWeek: 0,
    });
    expect(cohortStatus('2027-01-04', 2, '2027-01-11')).toEqual({
      status: 'running',
      currentWeek: 1,
    });
    expect(cohortStatus('2027-01-04', 2, '2027-01-17')).toEqual({
      status: 'running',
      currentWeek: 1,
    });
    expect(cohortStatus('2027-01-04', 2, '2027-01-18')).toEqual({
      status: 'finished',
    });
  });
});
