import { z } from 'zod';

/** Thrown when the environment does not satisfy a service's config schema; lists every problem. */
export class ConfigError extends Error {
  readonly issues: string[];

  constructor(issues: string[]) {
    super(`invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * Parses the environment once, at start, against a zod schema of upper-case variable names.
 * Every problem is reported at once rather than the first one found.
 */
export function parseConfig<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined>,
): z.infer<Schema> {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A comma-separated list in one variable. */
export const commaList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean));

/** Variables every process reads. Defaults run the whole stack on one machine with no configuration. */
export const baseConfigShape = {
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .default('postgresql://postgres@127.0.0.1:5432/peninsula_watch'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** Prefix of every BullMQ key: separates deployments (and test runs) sharing one Redis. */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('pwatch'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** How long in-flight jobs get to finish after SIGTERM before the process gives up on them. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(8000),
  /** Host the health and metrics endpoints listen on. */
  HTTP_HOST: z.string().default('127.0.0.1'),
};

export const baseConfigSchema = z.object(baseConfigShape);
export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** A port variable; 0 picks a free port, "off" disables the endpoint. */
export function portSetting(defaultPort: number) {
  return z
    .union([z.literal('off'), z.coerce.number().int().min(0).max(65_535)])
    .default(defaultPort)
    .transform((value) => (value === 'off' ? null : value));
}
