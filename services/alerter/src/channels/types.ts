export interface Outgoing {
  deliveryId: number;
  digest: { subject: string; textBody: string; htmlBody: string; payload: unknown; windowKey: string };
  channel: { kind: string; target: string; secret: string | null };
}

/** Sends one digest to one channel; throws DeliveryRejected when it certainly did not arrive. */
export type Sender = (outgoing: Outgoing) => Promise<void>;

export interface Senders {
  email: Sender;
  slack: Sender;
  webhook: Sender;
}
