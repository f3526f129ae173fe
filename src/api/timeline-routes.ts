// A customer's timeline and notes over HTTP (issue #6: "every customer has one timeline").
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { addNote } from '../app/notes/add-note.js';
import { customerTimeline } from '../app/timeline/customer-timeline.js';
import { TIMELINE_KINDS } from '../store/timeline.js';
import type { ApiDeps, ApiEnv } from './app-env.js';
import { json, jsonBody, requireRole } from './route-helpers.js';
import { CustomerRefParam, ErrorBody, Money, PageQuery } from './schemas.js';

const errors = { 400: json(ErrorBody, 'invalid input'), 404: json(ErrorBody, 'no such customer in this tenant') };

const TimelineEntry = z.object({
  at: z.string(), kind: z.enum(TIMELINE_KINDS), id: z.string(), title: z.string(), by: z.string().nullable(), status: z.string().nullable(),
  amount: Money.nullable(), currency: z.string().nullable(), details: z.record(z.string(), z.unknown()),
}).openapi('TimelineEntry');
const Timeline = z.object({
  customerRef: z.string(), customerName: z.string(), entries: z.array(TimelineEntry), limit: z.number(), offset: z.number(),
  more: z.boolean().openapi({ description: 'another page follows' }),
}).openapi('CustomerTimeline');
const TimelineQuery = PageQuery.extend({
  kinds: z.string().optional().openapi({ description: `comma-separated: ${TIMELINE_KINDS.join(', ')}; default all`, example: 'call,note,promise' }),
});
const NoteRequest = z.object({ text: z.string().trim().min(1).max(10_000) }).openapi('NoteRequest');
const Note = z.object({ id: z.string(), customerRef: z.string(), text: z.string(), createdAt: z.string(), createdBy: z.string() }).openapi('Note');

export function timelineRoutes(deps: ApiDeps, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/customers/{ref}/timeline', request: { params: CustomerRefParam, query: TimelineQuery },
    responses: { 200: json(Timeline, 'the customer\'s history, newest first'), ...errors } }),
  async (c) => {
    const query = c.req.valid('query');
    return c.json(await customerTimeline(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, ...query }), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/customers/{ref}/notes', request: { params: CustomerRefParam, ...jsonBody(NoteRequest) },
    responses: { 201: json(Note, 'the note, on the timeline'), ...errors } }),
  async (c) => {
    requireRole(c, 'collector', 'adding a note');
    return c.json(await addNote(deps.db, c.get('tenant'), { customerRef: c.req.valid('param').ref, text: c.req.valid('json').text, actor: c.get('actor') }), 201);
  });
}
