// Typed domain errors. Domain functions throw them; the guard maps them to HTTP statuses with a
// message a person can act on.
export class DomainError extends Error {
  readonly status: number = 500;
}

export class Unauthenticated extends DomainError {
  override readonly status = 401;
  constructor(message = 'Please sign in again: your session has ended.') {
    super(message);
  }
}

export class NotFound extends DomainError {
  override readonly status = 404;
}

export class Forbidden extends DomainError {
  override readonly status = 403;
}

export class Invalid extends DomainError {
  override readonly status = 422;
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class Conflict<TDetail = unknown> extends DomainError {
  override readonly status = 409;
  constructor(
    message: string,
    readonly detail: TDetail,
  ) {
    super(message);
  }
}

/** A stale If-Match: the resource moved on since it was read; `detail` is the current one. */
export class PreconditionFailed<TDetail = unknown> extends DomainError {
  override readonly status = 412;
  constructor(
    message: string,
    readonly detail: TDetail,
  ) {
    super(message);
  }
}

export class Unavailable extends DomainError {
  override readonly status = 503;
}

export class TooManyRequests extends DomainError {
  override readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
