// Web sessions (issue #7): sign in with e-mail and password, work in one of the user's tenants, switch, sign out.
// The cookie carries 32 random bytes; only their SHA-256 is stored. The CSRF token is returned to the page, which
// sends it back in X-CSRF-Token on every change: another site can make the browser send the cookie, not read it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../store/db.js';
import { type SessionRow, deleteExpiredSessions, deleteSession, findLiveSession, insertSession, setSessionTenant } from '../../store/sessions.js';
import { type Membership, findUserByEmail, membershipsOf } from '../../store/users.js';
import { InputError } from '../errors.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';

export const SESSION_HOURS = 12;

export class SignInRefused extends Error {}
export class NotAMember extends Error {}

export type SessionView = {
  user: { email: string; name: string };
  tenants: { slug: string; name: string; role: string }[];
  tenant: { slug: string; name: string; role: string };
  csrfToken: string;
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function view(session: Pick<SessionRow, 'email' | 'userName' | 'csrfToken'>, memberships: Membership[], current: Membership): SessionView {
  const t = (m: Membership) => ({ slug: m.slug, name: m.name, role: m.role });
  return { user: { email: session.email, name: session.userName }, tenants: memberships.map(t), tenant: t(current), csrfToken: session.csrfToken };
}

export async function signIn(db: Db, input: { email: string; password: string; tenant?: string | undefined }, now = new Date()): Promise<{ token: string; session: SessionView }> {
  const user = await findUserByEmail(db, input.email.trim());
  const ok = user ? await verifyPassword(input.password, user.password_hash) : await verifyAgainstDummy(input.password);
  if (!user || !ok) throw new SignInRefused('wrong e-mail or password');
  const memberships = await membershipsOf(db, user.id);
  const current = input.tenant ? memberships.find((m) => m.slug === input.tenant) : memberships[0];
  if (!current) throw input.tenant ? new NotAMember(`you have no access to tenant "${input.tenant}"`) : new NotAMember('your user belongs to no tenant yet: ask an administrator');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await deleteExpiredSessions(db, user.id, now);
  await insertSession(db, { id: hashToken(token), userId: user.id, tenantId: current.tenantId, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
  return { token, session: view({ email: user.email, userName: user.name, csrfToken }, memberships, current) };
}

export async function sessionForToken(db: Db, token: string, now = new Date()): Promise<SessionRow | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  return findLiveSession(db, hashToken(token), now);
}

export async function describeSession(db: Db, session: SessionRow): Promise<SessionView> {
  const memberships = await membershipsOf(db, session.userId);
  const current = memberships.find((m) => m.tenantId === session.tenantId);
  if (!current) throw new NotAMember('your access to this tenant has been removed');
  return view(session, memberships, current);
}

export async function switchTenant(db: Db, session: SessionRow, slug: string): Promise<SessionView> {
  if (slug.trim() === '') throw new InputError('slug', 'is required');
  const memberships = await membershipsOf(db, session.userId);
  const target = memberships.find((m) => m.slug === slug);
  if (!target) throw new NotAMember(`you have no access to tenant "${slug}"`);
  await setSessionTenant(db, session.id, target.tenantId);
  return view(session, memberships, target);
}

export async function signOut(db: Db, session: SessionRow): Promise<void> {
  await deleteSession(db, session.id);
}

export function csrfMatches(session: SessionRow, header: string | undefined): boolean {
  if (!header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
