// Errors a user can act on. Adapters map them: the CLI to a message on stderr and exit code 1, HTTP to 400/404.
export class InputError extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

export class NotFoundError extends Error {}

/** The caller's role may not do this (issue #6: e.g. a write-off needs a manager's approval). HTTP 403. */
export class ForbiddenError extends Error {}
