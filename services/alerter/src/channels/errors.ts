/**
 * The channel said no, or could not be reached before anything was sent: the message certainly did
 * not arrive, so another attempt is safe. Any other error leaves the outcome unknown.
 */
export class DeliveryRejected extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeliveryRejected';
  }
}
