import nodemailer from 'nodemailer';
import { DeliveryRejected } from './errors.ts';
import type { Sender } from './types.ts';

// Errors nodemailer raises before the server accepted the message (no connection, TLS or login
// refused, envelope or message refused with an SMTP reply): the message did not arrive.
const notSentCodes = new Set(['ECONNECTION', 'ECONNREFUSED', 'EDNS', 'ENOTFOUND', 'EAUTH', 'ETLS', 'EENVELOPE', 'EMESSAGE', 'ENOAUTH', 'EREQUIREDTLS']);

export interface EmailOptions {
  smtpUrl: string | undefined;
  from: string;
  timeoutMs: number;
}

export function createEmailSender(options: EmailOptions): { send: Sender; close: () => void } {
  const transport = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        connectionTimeout: options.timeoutMs,
        greetingTimeout: options.timeoutMs,
        socketTimeout: options.timeoutMs * 3,
      })
    : null;
  return {
    async send({ deliveryId, digest, channel }) {
      if (!transport) throw new DeliveryRejected('no SMTP server configured (SMTP_URL)');
      try {
        await transport.sendMail({
          from: options.from,
          to: channel.target,
          subject: digest.subject,
          text: digest.textBody,
          html: digest.htmlBody,
          // Stable per delivery: a receiving system can drop a duplicate Ops re-sent by hand.
          messageId: `<pwatch-delivery-${deliveryId}@peninsula-watch>`,
          headers: { 'X-PWatch-Delivery': String(deliveryId) },
        });
      } catch (error) {
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        if ((code && notSentCodes.has(code)) || (responseCode && responseCode >= 400)) {
          throw new DeliveryRejected(`SMTP: ${(error as Error).message}`, { cause: error });
        }
        throw error;
      }
    },
    close: () => transport?.close(),
  };
}
