import { useState } from 'react';

/** A question asked about a typed date, remembered with the value it was asked about. */
export type AskedDate = { value: string; question: string };

/** The state and steps of one date's "Is 2062 right?" question, as `usePlausibility` keeps them. */
export type Plausibility = {
  asked: AskedDate | null;
  needsAsking(value: string, question: string | null, keptValue?: string | null): boolean;
  keep(): string | null;
  dismiss(): void;
};

/**
 * The "Is 2062 right?" step before a save. `needsAsking` returns true (and asks) when the date
 * has a question and the planner has not already said yes to that very value; saying yes
 * remembers it, so a second save goes through. Changing the date makes the question moot.
 */
export function usePlausibility(): Plausibility {
  const [asked, setAsked] = useState<AskedDate | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  return {
    asked,
    needsAsking(value: string, question: string | null, keptValue: string | null = kept): boolean {
      if (question === null || keptValue === value) {
        setAsked(null);
        return false;
      }
      setAsked({ value, question });
      return true;
    },
    /** Returns the value the planner keeps, for the save that follows at once. */
    keep(): string | null {
      const value = asked?.value ?? null;
      setKept(value);
      setAsked(null);
      return value;
    },
    dismiss(): void {
      setAsked(null);
    },
  };
}
