import type { Instalment } from '../model/chase';

/** Splits what is owed into `count` equal instalments `everyDays` apart; the last takes the remainder. */
export function splitIntoInstalments(owed: number, count: number, firstDueAt: string, everyDays: number): Instalment[] {
  const share = Math.floor(owed / count);
  return Array.from({ length: count }, (_, i) => ({
    amount: i === count - 1 ? owed - share * (count - 1) : share,
    dueAt: new Date(Date.parse(firstDueAt) + i * everyDays * 86_400_000).toISOString(),
  }));
}
