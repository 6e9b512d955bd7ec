import { z } from 'zod';
import { CadenceError, formatCadence, parseCadence } from './cadence.ts';
import { parseRule, RuleSyntaxError } from './rule.ts';

// Channels and the subscriptions file (`pwatch subs sync subscriptions.json`).

export type ChannelKind = 'email' | 'slack' | 'webhook';
export interface ChannelSpec {
  kind: ChannelKind;
  /** An email address or a URL. */
  target: string;
  /** HMAC secret of a generic webhook. */
  secret?: string | null;
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * A channel from its short form: an address (or mailto:), a Slack incoming-webhook URL (or
 * `slack:<url>`), any other http(s) URL is a generic JSON webhook (`webhook:<url>` also works).
 */
export function parseChannel(text: string, secret?: string | null): ChannelSpec {
  const value = text.trim();
  if (value.startsWith('mailto:') || emailPattern.test(value)) {
    const address = value.replace(/^mailto:/, '');
    if (!emailPattern.test(address)) throw new Error(`not an email address: "${address}"`);
    return { kind: 'email', target: address };
  }
  const prefixed = /^(slack|webhook):(https?:\/\/.+)$/.exec(value);
  const url = prefixed ? prefixed[2]! : value;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`a channel is an email address or an http(s) URL, not "${value}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`a webhook must be http(s): "${value}"`);
  const slack = prefixed ? prefixed[1] === 'slack' : parsed.hostname === 'hooks.slack.com';
  return slack ? { kind: 'slack', target: parsed.toString() } : { kind: 'webhook', target: parsed.toString(), secret: secret ?? null };
}

const channelEntry = z.union([
  z.string().min(3),
  z.object({ type: z.enum(['email', 'slack', 'webhook']), to: z.string().optional(), url: z.string().optional(), secret: z.string().min(8).optional() }),
]);

export const subscriptionInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    rule: z.string().min(1),
    cadence: z.string().default('daily 08:00 UTC'),
    channels: z.array(channelEntry).default([]),
    /** Also alert at once when a matching story breaks (grows fast). */
    breaking: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .strict();

export const subscriptionsFileSchema = z.object({ subscriptions: z.array(subscriptionInputSchema) }).strict();

export interface SubscriptionSpec {
  name: string;
  rule: string;
  cadence: string;
  channels: ChannelSpec[];
  breaking: boolean;
  enabled: boolean;
}

/** Validates one subscription: the rule parses, the cadence and channels are well formed. */
export function toSubscriptionSpec(input: z.input<typeof subscriptionInputSchema>): SubscriptionSpec {
  const data = subscriptionInputSchema.parse(input);
  try {
    parseRule(data.rule);
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw new Error(`subscription "${data.name}": rule: ${error.message}`, { cause: error });
    throw error;
  }
  let cadence: string;
  try {
    cadence = formatCadence(parseCadence(data.cadence));
  } catch (error) {
    if (error instanceof CadenceError) throw new Error(`subscription "${data.name}": cadence: ${error.message}`, { cause: error });
    throw error;
  }
  const channels = data.channels.map((entry) => {
    try {
      if (typeof entry === 'string') return parseChannel(entry);
      const target = entry.type === 'email' ? entry.to : entry.url;
      if (!target) throw new Error(`a ${entry.type} channel needs "${entry.type === 'email' ? 'to' : 'url'}"`);
      const spec = parseChannel(entry.type === 'email' ? target : `${entry.type}:${target}`, entry.secret);
      return spec;
    } catch (error) {
      throw new Error(`subscription "${data.name}": channel: ${(error as Error).message}`, { cause: error });
    }
  });
  return { name: data.name, rule: data.rule, cadence, channels, breaking: data.breaking, enabled: data.enabled };
}

/** Parses a subscriptions file (JSON text); every error names the subscription at fault. */
export function parseSubscriptionsFile(text: string): SubscriptionSpec[] {
  const data = subscriptionsFileSchema.parse(JSON.parse(text));
  const names = new Set<string>();
  return data.subscriptions.map((input) => {
    if (names.has(input.name)) throw new Error(`subscription "${input.name}" appears twice`);
    names.add(input.name);
    return toSubscriptionSpec(input);
  });
}
