// Dunning policies (issue #4): the model, the seeds' default ladder, and the validator a policy passes before it is
// stored.
import type { DunningPolicy } from './policy-model.js';

export * from './policy-model.js';
export { validatePolicy } from './policy-validate.js';

const base = { minimumOverdue: {}, graceDays: 0, registeredMail: false, addFees: false, addInterest: false, sideEffects: [] } as const;

/**
 * The seeds' ladder (MISSION.md seeds 000, 002, 003; issue #4): a friendly e-mail 1 day past due, a registered
 * second notice at 30 days naming the legal steps if not paid before 60 days (its deadline is day 59, so the two
 * agree), a registered final notice at 60 days with fees, interest and a collector's call, and at 90 days credit
 * hold and placement with the in-house collection team. Executives are added from the third level on (seed 000).
 */
export const DEFAULT_POLICY: DunningPolicy = {
  name: 'default',
  levels: [
    {
      ...base,
      trigger: { kind: 'days-past-due', days: 1 },
      channels: ['email'],
      recipientRoles: ['billing'],
      templateKey: 'reminder-friendly',
      deadlineDays: 10,
    },
    {
      ...base,
      trigger: { kind: 'days-past-due', days: 30 },
      channels: ['letter'],
      registeredMail: true,
      recipientRoles: ['billing', 'accounts-payable'],
      templateKey: 'second-notice',
      deadlineDays: 29,
    },
    {
      ...base,
      trigger: { kind: 'days-past-due', days: 60 },
      channels: ['letter', 'email', 'call-task'],
      registeredMail: true,
      recipientRoles: ['billing', 'accounts-payable', 'executive'],
      templateKey: 'final-notice',
      addFees: true,
      addInterest: true,
      deadlineDays: 14,
    },
    {
      ...base,
      trigger: { kind: 'days-past-due', days: 90 },
      channels: ['letter', 'email'],
      registeredMail: true,
      recipientRoles: ['billing', 'accounts-payable', 'executive'],
      templateKey: 'in-collections',
      addFees: true,
      addInterest: true,
      sideEffects: ['credit-hold', 'placement-in-house'],
      deadlineDays: 14,
    },
  ],
};

