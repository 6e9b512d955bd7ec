/**
 * Thrown by a job that cannot proceed yet but has nothing wrong with it (its host is busy, its feed
 * is not due): the worker puts the job back as delayed until `at` instead of holding a slot or
 * spending an attempt.
 */
export class RetryLaterError extends Error {
  constructor(
    readonly at: Date,
    readonly reason: string,
  ) {
    super(`retry at ${at.toISOString()}: ${reason}`);
    this.name = 'RetryLaterError';
  }
}
