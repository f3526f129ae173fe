// Opens the store for one CLI command and always closes it (releasing the data-folder lock), even on error.
import os from 'node:os';
import { type Store, openStore } from '../store/open-store.js';
import { resolveTenant } from '../app/resolve-tenant.js';
import type { TenantRow } from '../store/tenants.js';

export async function withStore<T>(command: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(command);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function withTenant<T>(command: string, slug: string | undefined, work: (store: Store, tenant: TenantRow) => Promise<T>): Promise<T> {
  if (!slug) throw new Error('--tenant SLUG is required');
  return withStore(command, async (store) => work(store, await resolveTenant(store.db, slug)));
}

export function cliActor(): string {
  return `cli:${os.userInfo().username}`;
}
