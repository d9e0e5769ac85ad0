import { publicityEndsAt } from './publicity';

/** 09:00 China time on a given day, as an instant. */
const cst = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`);

describe('publicityEndsAt', () => {
  it.each([
    ['a Monday: Tue–Fri and the next Monday', '2023-12-04', '2023-12-12'],
    ['a Wednesday: across the weekend', '2023-12-06', '2023-12-14'],
    ['a Friday: the weekend does not count', '2023-12-08', '2023-12-16'],
    ['a Saturday: starts counting on Monday', '2023-12-09', '2023-12-16'],
  ])('from %s', (_name, start, firstAllowedDay) => {
    expect(publicityEndsAt(cst(start))).toEqual(cst(firstAllowedDay, '00:00'));
  });

  it('skips listed holidays as well as weekends', () => {
    // From Thursday 28 Dec 2023; 1 Jan 2024 is a holiday: Fri 29, Tue 2, Wed 3, Thu 4, Fri 5 → from Sat 6 Jan.
    expect(publicityEndsAt(cst('2023-12-28'), new Set(['2024-01-01']))).toEqual(cst('2024-01-06', '00:00'));
    expect(publicityEndsAt(cst('2023-12-28'))).toEqual(cst('2024-01-05', '00:00'));
  });

  it('counts in China time: 23:30 on Monday UTC is already Tuesday there', () => {
    expect(publicityEndsAt(new Date('2023-12-04T23:30:00Z'))).toEqual(cst('2023-12-13', '00:00'));
  });
});
