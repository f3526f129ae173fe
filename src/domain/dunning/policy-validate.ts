// The reasons a dunning policy cannot be used (issue #4: "validated by src/domain/dunning before they are stored").
// Each reason names the level ("level 2") as the tenant sees it: 1-based, as in the run output.
import { isCurrency } from '../money.js';
import {
  CHANNELS, gapDaysOf, isHandOver, RECIPIENT_ROLES, SIDE_EFFECTS,
  type DunningLevel, type DunningPolicy,
} from './policy-model.js';

/** Every reason the policy is unusable; empty when it is fine. */
export function validatePolicy(policy: DunningPolicy): string[] {
  const reasons: string[] = [];
  if (policy.name.trim() === '') reasons.push('name: must not be blank');
  if (policy.levels.length === 0) return [...reasons, 'levels: a policy needs at least one level'];
  let lastDaysPastDue: number | undefined;
  policy.levels.forEach((level, i) => {
    const at = `level ${i + 1}`;
    for (const reason of levelReasons(level)) reasons.push(`${at}: ${reason}`);
    if (level.trigger.kind === 'days-past-due') {
      // Levels escalate: a later level never triggers at or before an earlier one.
      if (lastDaysPastDue !== undefined && level.trigger.days <= lastDaysPastDue) {
        reasons.push(`${at}: triggers at ${level.trigger.days} days past due, not after an earlier level's ${lastDaysPastDue}; levels must escalate`);
      }
      lastDaysPastDue = Math.max(lastDaysPastDue ?? level.trigger.days, level.trigger.days);
    } else if (i === 0) {
      reasons.push(`${at}: the first level has no previous level; trigger it by days past due`);
    }
    if (i === 0 && isHandOver(level)) {
      reasons.push(`${at}: placement or legal action cannot be the first level; the customer must be warned first (e.g. NO inkassoloven §9)`);
    }
    const previous = policy.levels[i - 1];
    if (previous !== undefined) reasons.push(...spacingReasons(policy, i + 1, previous));
  });
  return reasons;
}

/** A firmer letter before the previous letter's own deadline has run out contradicts that letter. */
function spacingReasons(policy: DunningPolicy, levelNumber: number, previous: DunningLevel): string[] {
  const gap = gapDaysOf(policy, levelNumber);
  if (gap > previous.deadlineDays) return [];
  return [
    `level ${levelNumber}: may follow level ${levelNumber - 1} after ${gap} days, before level ${levelNumber - 1}'s ` +
      `${previous.deadlineDays}-day deadline has run out; widen the gap or shorten that deadline`,
  ];
}

function levelReasons(level: DunningLevel): string[] {
  const reasons: string[] = [];
  const wholeDays = (field: string, value: number, min: number): void => {
    if (!Number.isInteger(value)) reasons.push(`${field}: must be a whole number of days, not ${value}`);
    else if (value < min) reasons.push(`${field}: must be at least ${min}, not ${value}`);
  };
  wholeDays('trigger.days', level.trigger.days, level.trigger.kind === 'days-since-previous' ? 1 : -366);
  wholeDays('graceDays', level.graceDays, 0);
  wholeDays('deadlineDays', level.deadlineDays, 1);
  if (level.minimumGapDays !== undefined) wholeDays('minimumGapDays', level.minimumGapDays, 1);
  reasons.push(...listReasons('channels', level.channels, CHANNELS, true));
  reasons.push(...listReasons('recipientRoles', level.recipientRoles, RECIPIENT_ROLES, true));
  reasons.push(...listReasons('sideEffects', level.sideEffects, SIDE_EFFECTS, false));
  if (level.registeredMail && !level.channels.includes('letter')) reasons.push('registeredMail: needs the letter channel');
  if (level.templateKey.trim() === '') reasons.push('templateKey: must not be blank');
  if (level.sideEffects.includes('placement-in-house') && level.sideEffects.includes('placement-agency')) {
    reasons.push('sideEffects: a claim is placed either in-house or with an agency, not both');
  }
  for (const [currency, amount] of Object.entries(level.minimumOverdue)) {
    if (!isCurrency(currency)) reasons.push(`minimumOverdue: "${currency}" is not an ISO 4217 currency`);
    if (typeof amount !== 'bigint' || amount < 0n) reasons.push(`minimumOverdue.${currency}: must be a non-negative amount`);
  }
  return reasons;
}

function listReasons(field: string, values: readonly string[], known: readonly string[], required: boolean): string[] {
  const reasons: string[] = [];
  if (required && values.length === 0) reasons.push(`${field}: at least one is needed`);
  for (const value of values) {
    if (!known.includes(value)) reasons.push(`${field}: unknown "${value}"; known: ${known.join(', ')}`);
  }
  if (new Set(values).size !== values.length) reasons.push(`${field}: listed twice`);
  return reasons;
}
