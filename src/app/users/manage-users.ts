// `arrears user create | grant`: a person who signs in, and their role in each tenant (issue #6).
import type { Db } from '../../store/db.js';
import { type Role, ROLES, findUserByEmail, insertUser, upsertMembership } from '../../store/users.js';
import type { TenantRow } from '../../store/tenants.js';
import { InputError } from '../errors.js';
import { checkPasswordStrength, hashPassword } from './passwords.js';

export type CreateUserInput = { email: string; name: string; password: string; tenant: TenantRow; role: string };
export type UserSummary = { email: string; name: string; tenant: string; role: Role };

function checkRole(role: string): Role {
  const found = ROLES.find((r) => r === role);
  if (!found) throw new InputError('role', `must be one of ${ROLES.join(', ')}, not "${role}"`);
  return found;
}

function checkEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) throw new InputError('email', `not an e-mail address: "${email}"`);
  return e;
}

export async function createUser(db: Db, input: CreateUserInput): Promise<UserSummary> {
  const email = checkEmail(input.email);
  const role = checkRole(input.role);
  if (input.name.trim() === '') throw new InputError('name', 'is required');
  const weak = checkPasswordStrength(input.password);
  if (weak) throw new InputError('password', weak);
  if (await findUserByEmail(db, email)) throw new InputError('email', `a user "${email}" already exists (use \`arrears user grant\` to add a tenant)`);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (tx) => {
    const user = await insertUser(tx, { email, name: input.name.trim(), password_hash: passwordHash });
    await upsertMembership(tx, user.id, input.tenant.id, role);
  });
  return { email, name: input.name.trim(), tenant: input.tenant.slug, role };
}

export async function grantRole(db: Db, input: { email: string; tenant: TenantRow; role: string }): Promise<UserSummary> {
  const role = checkRole(input.role);
  const user = await findUserByEmail(db, checkEmail(input.email));
  if (!user) throw new InputError('email', `no user "${input.email}" (create one with \`arrears user create\`)`);
  await upsertMembership(db, user.id, input.tenant.id, role);
  return { email: user.email, name: user.name, tenant: input.tenant.slug, role };
}
