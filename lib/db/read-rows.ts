import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dbPool } from './client';

// Prisma stores DateTime as `timestamp(3)` (no time zone) holding UTC, and a `@db.Date` as a day
// it reads as UTC midnight; node-postgres would read both in the machine's local time.
const DATE = 1082;
const TIMESTAMP = 1114;
const parseUtc = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
const parseDay = (value: string) => new Date(`${value}T00:00:00Z`);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP ? parseUtc : oid === DATE ? parseDay : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Runs one read on the pool straight through node-postgres, for the reads every page view makes
 * (the session, the document, its side cards, the sidebar). Each costs a third of Prisma's
 * `$queryRaw` and a tenth of a query-builder call in CPU (bench/README.md, issue 17), and is a
 * named prepared statement, so PostgreSQL parses and plans it once per connection. Values are
 * always parameters: `sql` is a Prisma.sql template. Rows come as node-postgres gives them
 * (bigint and numeric as strings), with timestamps read as UTC like Prisma's.
 */
export async function readRows<T>(sql: Prisma.Sql): Promise<T[]> {
  const name = `h${createHash('sha1').update(sql.text).digest('base64url').slice(0, 24)}`;
  const result = await dbPool().query({ name, text: sql.text, values: sql.values, types });
  return result.rows as T[];
}
