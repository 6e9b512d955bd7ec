import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, renderSlack, signPayload, type Digest } from '@pwatch/alerts';
import type { Clock } from '@pwatch/runtime';
import { DeliveryRejected } from './errors.ts';
import type { Sender } from './types.ts';

export interface WebhookOptions {
  timeoutMs: number;
  defaultSecret: string | undefined;
  clock: Clock;
}

// Errors raised while connecting, before a byte of the request left: safe to try again.
const notSentCauses = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT']);

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'PeninsulaWatch-Alerts/0.1', ...headers },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
    if (code && notSentCauses.has(code)) throw new DeliveryRejected(`webhook ${new URL(url).host}: ${code}`, { cause: error });
    // A timeout or a reset after the body was sent: the receiver may have it.
    throw error;
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw new DeliveryRejected(`webhook ${new URL(url).host} answered ${response.status}: ${text.slice(0, 200)}`);
}

/** Generic JSON webhooks, signed with HMAC-SHA256 over "<timestamp>.<body>". */
export function createWebhookSender(options: WebhookOptions): Sender {
  return async ({ deliveryId, digest, channel }) => {
    const secret = channel.secret ?? options.defaultSecret;
    if (!secret) throw new DeliveryRejected('webhook has no secret and ALERT_WEBHOOK_SECRET is not set');
    const body = JSON.stringify({ deliveryId, windowKey: digest.windowKey, subject: digest.subject, digest: digest.payload });
    const timestamp = Math.floor(options.clock.now().getTime() / 1000);
    await post(
      channel.target,
      body,
      { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signPayload(secret, timestamp, body), [DELIVERY_HEADER]: String(deliveryId) },
      options.timeoutMs,
    );
  };
}

/** Slack-compatible incoming webhooks (Slack, Mattermost, Rocket.Chat): {"text": …}. */
export function createSlackSender(options: Pick<WebhookOptions, 'timeoutMs'>): Sender {
  return async ({ digest, channel }) => {
    // The stored digest (its JSON) is rendered as Slack mrkdwn here, the one place that needs it.
    await post(channel.target, JSON.stringify(renderSlack(digest.payload as Digest)), {}, options.timeoutMs);
  };
}
