// Policies are stored as JSON (migration 0004: dunning_policies.levels jsonb). Money crosses the boundary as decimal
// strings in major units (CODE_STYLE.md), so minimumOverdue is { "NOK": "100.00" } there and bigint here.
import { formatAmount, isCurrency, parseAmount } from '../money.js';
import { CHANNELS, RECIPIENT_ROLES, SIDE_EFFECTS, type DunningLevel, type DunningPolicy } from './policy-model.js';
import { validatePolicy } from './policy-validate.js';

export interface DunningLevelJson {
  trigger: { kind: 'days-past-due' | 'days-since-previous'; days: number };
  channels: string[];
  registeredMail: boolean;
  recipientRoles: string[];
  templateKey: string;
  addFees: boolean;
  addInterest: boolean;
  sideEffects: string[];
  minimumOverdue: Record<string, string>;
  graceDays: number;
  deadlineDays: number;
  minimumGapDays?: number;
}

export function levelsToJson(levels: readonly DunningLevel[]): DunningLevelJson[] {
  return levels.map((level) => ({
    trigger: { ...level.trigger },
    channels: [...level.channels],
    registeredMail: level.registeredMail,
    recipientRoles: [...level.recipientRoles],
    templateKey: level.templateKey,
    addFees: level.addFees,
    addInterest: level.addInterest,
    sideEffects: [...level.sideEffects],
    minimumOverdue: Object.fromEntries(Object.entries(level.minimumOverdue).map(([c, v]) => [c, formatAmount(v, c)])),
    graceDays: level.graceDays,
    deadlineDays: level.deadlineDays,
    ...(level.minimumGapDays === undefined ? {} : { minimumGapDays: level.minimumGapDays }),
  }));
}

export type PolicyParse = { ok: true; value: DunningPolicy } | { ok: false; reasons: string[] };

/** Reads stored or submitted levels; every shape error and every validatePolicy reason is returned, none thrown. */
export function parsePolicy(name: string, levels: unknown): PolicyParse {
  if (!Array.isArray(levels)) return { ok: false, reasons: ['levels: must be a list'] };
  const reasons: string[] = [];
  const parsed = levels.map((raw, i) => parseLevel(raw, `level ${i + 1}`, reasons));
  if (reasons.length > 0) return { ok: false, reasons };
  const policy: DunningPolicy = { name, levels: parsed };
  const invalid = validatePolicy(policy);
  return invalid.length > 0 ? { ok: false, reasons: invalid } : { ok: true, value: policy };
}

function parseLevel(raw: unknown, at: string, reasons: string[]): DunningLevel {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const need = <T>(field: string, ok: (v: unknown) => v is T, what: string, fallback: T): T => {
    const value = o[field];
    if (ok(value)) return value;
    reasons.push(`${at}: ${field}: must be ${what}`);
    return fallback;
  };
  const trigger = o.trigger as Record<string, unknown> | undefined;
  const kind = trigger?.kind;
  if ((kind !== 'days-past-due' && kind !== 'days-since-previous') || typeof trigger?.days !== 'number') {
    reasons.push(`${at}: trigger: must be { kind: "days-past-due" | "days-since-previous", days: number }`);
  }
  const level: DunningLevel = {
    trigger: { kind: kind === 'days-since-previous' ? kind : 'days-past-due', days: typeof trigger?.days === 'number' ? trigger.days : 0 },
    channels: need('channels', listOf(CHANNELS), `a list of ${CHANNELS.join(', ')}`, []),
    registeredMail: need('registeredMail', isBoolean, 'true or false', false),
    recipientRoles: need('recipientRoles', listOf(RECIPIENT_ROLES), `a list of ${RECIPIENT_ROLES.join(', ')}`, []),
    templateKey: need('templateKey', isString, 'a string', ''),
    addFees: need('addFees', isBoolean, 'true or false', false),
    addInterest: need('addInterest', isBoolean, 'true or false', false),
    sideEffects: need('sideEffects', listOf(SIDE_EFFECTS), `a list of ${SIDE_EFFECTS.join(', ')}`, []),
    minimumOverdue: minimums(o.minimumOverdue, at, reasons),
    graceDays: need('graceDays', isNumber, 'a number of days', 0),
    deadlineDays: need('deadlineDays', isNumber, 'a number of days', 1),
  };
  if (o.minimumGapDays !== undefined) level.minimumGapDays = need('minimumGapDays', isNumber, 'a number of days', 1);
  return level;
}

function minimums(raw: unknown, at: string, reasons: string[]): Record<string, bigint> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    reasons.push(`${at}: minimumOverdue: must be an object of currency → decimal amount`);
    return {};
  }
  const out: Record<string, bigint> = {};
  for (const [currency, text] of Object.entries(raw)) {
    const amount = isCurrency(currency) && typeof text === 'string' ? parseAmount(text, currency) : undefined;
    if (amount?.ok) out[currency] = amount.value;
    else reasons.push(`${at}: minimumOverdue.${currency}: ${amount && !amount.ok ? amount.reason : 'must be a decimal string for an ISO 4217 currency'}`);
  }
  return out;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
function listOf<T extends string>(known: readonly T[]): (v: unknown) => v is T[] {
  return (v: unknown): v is T[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && (known as readonly string[]).includes(x));
}
