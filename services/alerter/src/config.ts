import { z } from 'zod';

const optional = z.string().min(1).optional();

export const alerterConfigShape = {
  ALERTER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** SMTP server for email channels: smtp://user:pass@host:587 or smtps://…:465. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  ALERT_MAIL_FROM: z.string().min(3).default('Peninsula Watch <alerts@localhost>'),
  /** HMAC key of generic webhooks that have no secret of their own. */
  ALERT_WEBHOOK_SECRET: optional,
  ALERT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Attempts per delivery before it is marked failed (retries back off exponentially). */
  ALERT_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(12).default(5),
  /** A delivery claimed longer ago than this was lost with its worker: marked unknown. */
  ALERT_SENDING_TIMEOUT_MS: z.coerce.number().int().min(10_000).default(600_000),
  /** Breaking news: at least this many sources… */
  BREAKING_MIN_SOURCES: z.coerce.number().int().min(2).default(3),
  /** …within this many minutes. */
  BREAKING_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  ALERT_HOUSEKEEPING_EVERY_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** An empty subscriptions table gets "Korean Peninsula: everything" (daily digest, no channels). */
  SEED_DEFAULT_SUBSCRIPTION: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
};
export type AlerterConfig = z.infer<z.ZodObject<typeof alerterConfigShape>>;
