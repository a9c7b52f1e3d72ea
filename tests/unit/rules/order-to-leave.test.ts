/**
 * The order to leave as a day, not a count (people know when they received it): the rules count the days to the
 * day of the check, and the result can say by which date to ask for the complementary level.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers, relevantFields } from '../../../src/rules/index.ts';
import { orderToLeaveDeadline } from '../../../src/rules/programmes/be-reintegration.ts';

const refused = (extra: Record<string, unknown>) => parseAnswers({ residence: 'BE', nationality: 'IQ', asylum: 'refused', ...extra });

describe('the day of the order to leave', () => {
  it('gives the last day to ask and the days left: refused 10 days ago, 20 days left', () => {
    expect(orderToLeaveDeadline(refused({ orderToLeaveDate: '2026-11-15' }), '2026-11-25')).toEqual({ lastDay: '2026-12-15', daysLeft: 20 });
  });

  it('still counts day 30 itself, with 0 days left, and nothing after it', () => {
    expect(orderToLeaveDeadline(refused({ orderToLeaveDate: '2026-10-26' }), '2026-11-25')).toEqual({ lastDay: '2026-11-25', daysLeft: 0 });
    expect(orderToLeaveDeadline(refused({ orderToLeaveDate: '2026-10-25' }), '2026-11-25')).toBeUndefined();
  });

  it('works from the command\'s number of days as well', () => {
    expect(orderToLeaveDeadline(refused({ daysSinceOrderToLeave: 10 }), '2026-11-25')).toEqual({ lastDay: '2026-12-15', daysLeft: 20 });
  });

  it('refuses a day that is not a real date, and both forms at once', () => {
    expect(() => refused({ orderToLeaveDate: '2026-02-30' })).toThrow('orderToLeaveDate: expected the day the order to leave the territory was received as a date, YYYY-MM-DD');
    expect(() => refused({ orderToLeaveDate: '2026-11-15', daysSinceOrderToLeave: 10 })).toThrow('orderToLeaveDate: give either the day');
  });
});

describe('the answers that matter', () => {
  it('drops the destination when the plan is to return, and the Dutch questions for someone in Belgium', () => {
    const inNl = relevantFields({ residence: 'NL', nationality: 'AF', plan: 'return' });
    expect(inNl.has('destination')).toBe(false);
    expect(inNl.has('article1F')).toBe(true);
    expect(relevantFields({ residence: 'NL', nationality: 'AF', plan: 'third-country' }).has('destination')).toBe(true);
    const inBe = relevantFields({ residence: 'BE', nationality: 'AF' });
    expect(inBe.has('article1F')).toBe(false);
    expect(inBe.has('orderToLeaveDate')).toBe(true);
  });
});
