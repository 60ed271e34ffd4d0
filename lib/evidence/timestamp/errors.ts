/** Why a time stamp could not be had; each has its own words on the dashboard (describe-failure.ts). */
export type StampFailure =
  'permission' | 'network' | 'timeout' | 'http' | 'bad-response' | 'rejected' | 'imprint' | 'nonce';

/** What the authority said, when it said something. Its own text is the authority's, never markup. */
export interface StampFailureDetail {
  /** HTTP status, or PKIStatus for `rejected`. */
  status?: number;
  /** PKIStatus's name: "rejection", "waiting"… */
  statusName?: string;
  /** PKIFailureInfo's bits by name: "badAlg", "timeNotAvailable"… */
  failInfo?: string[];
  /** The authority's statusString, or the network error's message. */
  text?: string;
}

/** A time stamp that could not be had: the package is made without one and the seller told why. */
export class TimeStampError extends Error {
  constructor(
    readonly reason: StampFailure,
    message: string,
    readonly detail: StampFailureDetail = {},
  ) {
    super(message);
    this.name = 'TimeStampError';
  }
}
