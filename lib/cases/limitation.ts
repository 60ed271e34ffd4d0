import type { Fact, Jurisdiction } from './venues';

/**
 * How long a seller has to bring a claim for an unpaid price, per jurisdiction, with the rule and
 * its source. Counted here from the day payment fell due (else the order date): the law's own
 * start may differ (a later acknowledgement or part payment can restart it). The report names the rule.
 * 'secondary': the rules are the well-known ones, not yet re-read in the official texts named.
 */
export const LIMITATION: Record<Jurisdiction, Fact<{ years: number; rule: string }>> = {
  'england-wales': {
    value: { years: 6, rule: 'Limitation Act 1980, s.5 (simple contract)' },
    source: 'legislation.gov.uk/ukpga/1980/58/section/5',
    confidence: 'secondary',
  },
  'us-california': {
    value: { years: 4, rule: 'Code of Civil Procedure §337 (written contract; §339: 2 years if oral)' },
    source: 'leginfo.legislature.ca.gov, CCP §337',
    confidence: 'secondary',
  },
  'mainland-china': {
    value: { years: 3, rule: '《民法典》第一百八十八条（诉讼时效期间为三年）' },
    source: 'npc.gov.cn, 中华人民共和国民法典 第188条',
    confidence: 'secondary',
  },
  'hong-kong': {
    value: { years: 6, rule: 'Limitation Ordinance (Cap. 347), s.4(1)(a) (contract)' },
    source: 'elegislation.gov.hk/hk/cap347',
    confidence: 'secondary',
  },
  taiwan: {
    value: { years: 2, rule: '民法第127條第8款（商人所供給之商品之代價，二年）' },
    source: 'law.moj.gov.tw, 民法 第127條',
    confidence: 'secondary',
  },
};

/** The last day to bring a claim, as an ISO date, from when payment fell due. */
export function limitationEnds(dueOrPlaced: string, jurisdiction: Jurisdiction): string | undefined {
  const start = new Date(dueOrPlaced);
  if (Number.isNaN(start.getTime())) return undefined;
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + LIMITATION[jurisdiction].value.years);
  return end.toISOString();
}
