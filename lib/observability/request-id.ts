// The id of a request, shared by the proxy (which sets it on the request and the response) and
// the guard (which logs with it): the caller's X-Request-Id when it is a plain token of sensible
// length, so a trace can cross services; otherwise a new one. Pure: runs in the proxy too.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | null | undefined): string {
  return header && ACCEPTED.test(header) ? header : crypto.randomUUID();
}
