// Applying a payment or credit to invoices (issue #2): in the order listed, each up to its open amount;
// whatever is left stays as unapplied cash on the customer's account.

export type OpenTarget<K> = { key: K; open: bigint };
export type Allocation<K> = { key: K; amount: bigint };

export function allocateInOrder<K>(amount: bigint, targets: readonly OpenTarget<K>[]): { allocations: Allocation<K>[]; unapplied: bigint } {
  let left = amount;
  const allocations: Allocation<K>[] = [];
  for (const target of targets) {
    if (left <= 0n) break;
    if (target.open <= 0n) continue;
    const applied = target.open < left ? target.open : left;
    allocations.push({ key: target.key, amount: applied });
    left -= applied;
  }
  return { allocations, unapplied: left };
}
