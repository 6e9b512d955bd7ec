import type { Clock } from '@pwatch/runtime';
import type { AlerterConfig } from '../config.ts';
import { createEmailSender } from './email.ts';
import type { Senders } from './types.ts';
import { createSlackSender, createWebhookSender } from './webhook.ts';

export function createSenders(config: AlerterConfig, clock: Clock): { senders: Senders; close: () => void } {
  const email = createEmailSender({ smtpUrl: config.SMTP_URL, from: config.ALERT_MAIL_FROM, timeoutMs: config.ALERT_WEBHOOK_TIMEOUT_MS });
  return {
    senders: {
      email: email.send,
      slack: createSlackSender({ timeoutMs: config.ALERT_WEBHOOK_TIMEOUT_MS }),
      webhook: createWebhookSender({ timeoutMs: config.ALERT_WEBHOOK_TIMEOUT_MS, defaultSecret: config.ALERT_WEBHOOK_SECRET, clock }),
    },
    close: email.close,
  };
}

export { DeliveryRejected } from './errors.ts';
export type { Outgoing, Sender, Senders } from './types.ts';
