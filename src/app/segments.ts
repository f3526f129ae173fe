// Customer segments (issue #4): policies assigned to segments; a customer's own policy wins over its segment's.
import { parseSegmentRule, ruleToJson, type SegmentRule } from '../domain/segments.js';
import type { Db } from '../store/db.js';
import { listPolicies } from '../store/dunning-policies.js';
import { deleteSegment, listSegments, saveSegment } from '../store/segments.js';
import { recordAudit } from '../store/audit.js';
import { inTenant } from '../store/tenant-scope.js';
import type { TenantRow } from '../store/tenants.js';
import { InputError, NotFoundError } from './errors.js';

export type SegmentJson = { name: string; position: number; rule: Record<string, unknown>; dunningPolicy: string | null; collector: string | null };

export type ParsedSegment = { name: string; rule: SegmentRule; policyId: string | null; collector: string | null };

const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) as unknown : v);

export async function segments(db: Db, tenant: TenantRow): Promise<{ segments: SegmentJson[] }> {
  const rows = await inTenant(db, tenant.id, (tx) => listSegments(tx, tenant.id));
  return { segments: rows.map((r) => ({ name: r.name, position: r.position, rule: parse(r.rule) as Record<string, unknown>, dunningPolicy: r.policy_name, collector: r.collector })) };
}

export async function putSegment(
  db: Db, tenant: TenantRow, input: { name: string; position?: number | undefined; rule: unknown; dunningPolicy?: string | null | undefined; collector?: string | null | undefined; actor: string },
): Promise<{ segments: SegmentJson[] }> {
  if (!/^[\w .-]{1,60}$/.test(input.name)) throw new InputError('name', 'use 1 to 60 letters, digits, spaces, dots, dashes or underscores');
  const rule = parseSegmentRule(input.rule);
  if (!rule.ok) throw new InputError('rule', rule.reasons.join('; '));
  if (input.position !== undefined && (!Number.isInteger(input.position) || input.position < 0 || input.position > 10_000)) throw new InputError('position', 'a whole number from 0 to 10000');
  await inTenant(db, tenant.id, async (tx) => {
    const existing = await listSegments(tx, tenant.id);
    const policy = input.dunningPolicy ? (await listPolicies(tx, tenant.id)).find((p) => p.name === input.dunningPolicy) : undefined;
    if (input.dunningPolicy && !policy) throw new InputError('dunningPolicy', `no stored dunning policy "${input.dunningPolicy}"`);
    const position = input.position ?? existing.find((s) => s.name === input.name)?.position ?? (Math.max(0, ...existing.map((s) => s.position)) + 10);
    await saveSegment(tx, tenant.id, { name: input.name, position, rule: ruleToJson(rule.value), policyId: policy ? BigInt(policy.id) : null, collector: input.collector ?? null, actor: input.actor });
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'update', entity: 'segment', entityKey: input.name, reason: 'customer segment', details: { rule: input.rule, dunningPolicy: input.dunningPolicy ?? null } });
  });
  return segments(db, tenant);
}

export async function removeSegment(db: Db, tenant: TenantRow, input: { name: string; actor: string }): Promise<{ segments: SegmentJson[] }> {
  await inTenant(db, tenant.id, async (tx) => {
    if (!(await deleteSegment(tx, tenant.id, input.name))) throw new NotFoundError(`no segment "${input.name}"`);
    await recordAudit(tx, tenant.id, { actor: input.actor, action: 'delete', entity: 'segment', entityKey: input.name, reason: 'customer segment removed' });
  });
  return segments(db, tenant);
}

/** The tenant's segments in order, parsed, for the dunning run. */
export async function loadSegments(tx: Parameters<typeof listSegments>[0], tenantId: number): Promise<ParsedSegment[]> {
  return (await listSegments(tx, tenantId)).flatMap((row) => {
    const rule = parseSegmentRule(parse(row.rule));
    return rule.ok ? [{ name: row.name, rule: rule.value, policyId: row.dunning_policy_id === null ? null : String(row.dunning_policy_id), collector: row.collector }] : [];
  });
}
