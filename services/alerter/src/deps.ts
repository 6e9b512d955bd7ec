import type { BreakingRule } from '@pwatch/alerts';
import type { JobDeps } from '@pwatch/service-kit';
import type { Senders } from './channels/types.ts';

export interface AlerterSettings {
  breaking: BreakingRule;
  deliveryAttempts: number;
  sendingTimeoutMs: number;
}

export interface AlerterJobDeps extends JobDeps {
  senders: Senders;
  settings: AlerterSettings;
}
