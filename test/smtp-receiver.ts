// A real SMTP server in the test process (the smtp-server package) that keeps every message it
// is given, decoded enough to read: headers, and the text with quoted-printable undone.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type TMail = { to: string; subject: string; headers: string; text: string; raw: string };

const unfoldQp = (s: string) =>
  s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A header's MIME encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) as text. */
const decodeWords = (s: string) =>
  s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );

function read(raw: string): TMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const body = rest.join('\n\n');
  return {
    to: header('To'),
    subject: decodeWords(header('Subject')),
    headers,
    text: /quoted-printable/i.test(headers) ? unfoldQp(body) : body,
    raw,
  };
}

export async function startSmtp(port = 0) {
  const mails: TMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Closing drops connections still open (a sender's pooled connection) instead of waiting 30 s.
    closeTimeout: 100,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        mails.push(read(raw));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
