/**
 * The household's reintegration budget: per person limits from the programme's dated amounts, added up.
 * An estimate: the counsellor sets the real amount.
 */
import type { Answers } from './answers.ts';
import type { Budget, IsoDate, ReintegrationAmounts } from './types.ts';
import { valueOn } from './dated.ts';

export interface Household {
  adults: number;
  minorsWithFamily: number;
  unaccompaniedMinors: number;
}

/**
 * Who leaves. An unaccompanied minor leaves alone. When the household size is not known, the estimate is for
 * the person alone (one adult), plus the children if that number is known.
 */
export function householdOf(answers: Answers): Household {
  if (answers.unaccompaniedMinor === true) return { adults: 0, minorsWithFamily: 0, unaccompaniedMinors: 1 };
  return { adults: answers.adults ?? 1, minorsWithFamily: answers.minors ?? 0, unaccompaniedMinors: 0 };
}

/** The budget limits for the household on `date`, or undefined when the sources give no amounts for that day. */
export function householdBudget(amounts: ReintegrationAmounts, household: Household, date: IsoDate): Budget | undefined {
  const adult = valueOn(amounts.adultMaxEur, date);
  const minor = valueOn(amounts.minorWithFamilyMaxEur, date);
  const unaccompanied = valueOn(amounts.unaccompaniedMinorMaxEur, date);
  const cash = valueOn(amounts.cashMaxEurPerPerson, date);
  if (!adult || !minor || !unaccompanied) return undefined;
  const people = household.adults + household.minorsWithFamily + household.unaccompaniedMinors;
  const maxEur = household.adults * adult.value + household.minorsWithFamily * minor.value + household.unaccompaniedMinors * unaccompanied.value;
  return cash ? { maxEur, cashMaxEur: people * cash.value } : { maxEur };
}
