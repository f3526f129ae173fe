// Response declarations shared by the route files: a JSON body described for the OpenAPI document.
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ForbiddenError } from '../app/errors.js';
import type { Role } from '../store/users.js';
import type { ApiEnv } from './app-env.js';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const RANK: Record<Role, number> = { viewer: 0, collector: 1, manager: 2, admin: 3 };

/** Throws 403 unless the caller's role is at least `least` (admin > manager > collector > viewer; API keys are admin). */
export function requireRole(c: Context<ApiEnv>, least: Role, doing: string): void {
  const role = c.get('role');
  if (RANK[role] < RANK[least]) throw new ForbiddenError(`${doing} needs the ${least} role; you are ${role}`);
}
