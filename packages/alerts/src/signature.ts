import { createHmac, timingSafeEqual } from 'node:crypto';

// Webhook signatures as Stripe and Miniflux make them: HMAC-SHA256 over "<timestamp>.<body>",
// sent as `X-PWatch-Timestamp: <unix seconds>` and `X-PWatch-Signature: v1=<hex>`. The timestamp
// inside the signed bytes lets a receiver refuse replays of an old delivery.

export const SIGNATURE_HEADER = 'X-PWatch-Signature';
export const TIMESTAMP_HEADER = 'X-PWatch-Timestamp';
export const DELIVERY_HEADER = 'X-PWatch-Delivery';

export function signPayload(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Verifies a signature header (one or more `v1=` values, comma separated) within a tolerance. */
export function verifySignature(options: {
  secret: string;
  header: string | undefined;
  timestamp: string | undefined;
  body: string;
  now: Date;
  toleranceSeconds?: number;
}): boolean {
  const { header, timestamp } = options;
  if (!header || !timestamp || !/^\d+$/.test(timestamp)) return false;
  const seconds = Number(timestamp);
  if (Math.abs(options.now.getTime() / 1000 - seconds) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(options.secret, seconds, options.body));
  return header.split(',').some((part) => {
    const given = Buffer.from(part.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
