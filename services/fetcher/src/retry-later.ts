/**
 * Thrown by a job that cannot proceed yet but has nothing wrong with it (its host is busy, its feed
 * is not due): the worker puts the job back as delayed until `at` instead of holding a slot or
 * spending an attempt.
 */
export class RetryLaterError extends Error {
  readonly at: Date;
  readonly reason: string;

  constructor(at: Date, reason: string) {
    super(`retry at ${at.toISOString()}: ${reason}`);
    this.name = 'RetryLaterError';
    this.at = at;
    this.reason = reason;
  }
}
