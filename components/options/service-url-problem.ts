import type { ServiceUrlProblem } from '@/lib/evidence/timestamp/service-url';
import { t, type MessageKey } from '@/lib/i18n/t';

const PROBLEM: Record<ServiceUrlProblem, MessageKey> = {
  empty: 'optTrustedProblemEmpty',
  'not-url': 'optTrustedProblemNotUrl',
  scheme: 'optTrustedProblemScheme',
  credentials: 'optTrustedProblemCredentials',
};

/** Why the time-stamping service's address cannot be used, in the seller's words. */
export const serviceUrlProblemText = (problem: ServiceUrlProblem): string => t(PROBLEM[problem]);
