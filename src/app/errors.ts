// Errors a user can act on. Adapters map them: the CLI to a message on stderr and exit code 1, HTTP to 400/404.
export class InputError extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

export class NotFoundError extends Error {}
