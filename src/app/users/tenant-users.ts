// Settings → users (issue #7: "users and roles"): an admin lists the people in their tenant, adds one (a new user
// with a password, or an existing user by e-mail), changes a role, or removes someone from the tenant. Only this
// tenant's memberships are read or written; the user record itself (name, password) is never changed here.
import type { Db } from '../../store/db.js';
import { recordAudit } from '../../store/audit.js';
import { type TenantMember, findTenantMember, listTenantMembers, removeMember, setMemberRole } from '../../store/tenant-members.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import { type Role, ROLES, findUserByEmail } from '../../store/users.js';
import { InputError, NotFoundError } from '../errors.js';
import { createUser, grantRole } from './manage-users.js';

const view = (m: TenantMember) => ({ email: m.email, name: m.name, role: m.role, since: m.since.toISOString() });

function checkRole(role: string): Role {
  const found = ROLES.find((r) => r === role);
  if (!found) throw new InputError('role', `must be one of ${ROLES.join(', ')}, not "${role}"`);
  return found;
}

async function audit(db: Db, tenant: TenantRow, actor: string, action: string, email: string, details: Record<string, unknown>) {
  await inTenant(db, tenant.id, (tx) => recordAudit(tx, tenant.id, { actor, action, entity: 'user', entityKey: email, reason: 'settings', details }));
}

export async function tenantUsers(db: Db, tenant: TenantRow) {
  return { users: (await listTenantMembers(db, tenant.id)).map(view) };
}

export type AddUserInput = { email: string; role: string; name?: string | undefined; password?: string | undefined; actor: string };

/** A new e-mail needs a name and password and becomes a user; a known one is added with the role. */
export async function addTenantUser(db: Db, tenant: TenantRow, input: AddUserInput) {
  const role = checkRole(input.role);
  const email = input.email.trim().toLowerCase();
  if (await findTenantMember(db, tenant.id, email)) throw new InputError('email', `${email} already works in this tenant: change their role instead`);
  const existing = await findUserByEmail(db, email);
  if (existing) {
    await grantRole(db, { email, tenant, role });
  } else {
    if (!input.name?.trim()) throw new InputError('name', 'is required for a new user');
    if (!input.password) throw new InputError('password', 'is required for a new user');
    await createUser(db, { email, name: input.name, password: input.password, tenant, role });
  }
  await audit(db, tenant, input.actor, existing ? 'grant' : 'add', email, { role });
  return tenantUsers(db, tenant);
}

async function memberOrThrow(db: Db, tenant: TenantRow, email: string): Promise<TenantMember> {
  const member = await findTenantMember(db, tenant.id, email.trim());
  if (!member) throw new NotFoundError(`no user "${email}" in this tenant`);
  return member;
}

/** A tenant always keeps an admin: the last one can be neither demoted nor removed, so nobody is locked out. */
async function keepAnAdmin(db: Db, tenant: TenantRow, member: TenantMember, doing: string): Promise<void> {
  if (member.role !== 'admin') return;
  const admins = (await listTenantMembers(db, tenant.id)).filter((m) => m.role === 'admin');
  if (admins.length <= 1) throw new InputError('email', `${member.email} is the tenant's only admin and cannot be ${doing}: make someone else admin first`);
}

export async function changeTenantRole(db: Db, tenant: TenantRow, input: { email: string; role: string; actor: string }) {
  const role = checkRole(input.role);
  const member = await memberOrThrow(db, tenant, input.email);
  if (role !== 'admin') await keepAnAdmin(db, tenant, member, 'demoted');
  await setMemberRole(db, tenant.id, member.userId, role);
  await audit(db, tenant, input.actor, 'role', member.email, { from: member.role, to: role });
  return tenantUsers(db, tenant);
}

export async function removeTenantUser(db: Db, tenant: TenantRow, input: { email: string; actor: string }) {
  const member = await memberOrThrow(db, tenant, input.email);
  await keepAnAdmin(db, tenant, member, 'removed');
  await removeMember(db, tenant.id, member.userId);
  await audit(db, tenant, input.actor, 'remove', member.email, { role: member.role });
  return tenantUsers(db, tenant);
}
