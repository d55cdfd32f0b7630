// readRows reads like Prisma does: the same instants for timestamps whatever the machine's time
// zone, values always as parameters, and the same statement text reused across calls.
import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db/client';
import { makeUser } from '@/test/factories';
import { readRows } from './read-rows';

describe('readRows', () => {
  it('reads a stored timestamp as the instant Prisma reads', async () => {
    const user = await makeUser('Clock Reader', 'viewer');
    const viaPrisma = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true } });
    // A machine away from UTC (Node applies TZ at once): local-time parsing would shift it by hours.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    const [row] = await readRows<{ createdAt: Date }>(Prisma.sql`SELECT "createdAt" FROM "User" WHERE id = ${user.id}`).finally(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    expect(row!.createdAt).toBeInstanceOf(Date);
    expect(row!.createdAt.toISOString()).toBe(viaPrisma.createdAt.toISOString());
  });

  it('reads a day (@db.Date) as UTC midnight, as Prisma does', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    const [row] = await readRows<{ day: Date }>(Prisma.sql`SELECT DATE '2026-12-03' AS day`).finally(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    expect(row!.day.toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });

  it('passes values as parameters, never as SQL', async () => {
    const hostile = `x'; DROP TABLE "User"; --`;
    expect(await readRows(Prisma.sql`SELECT id FROM "User" WHERE name = ${hostile}`)).toEqual([]);
    expect(await db.user.count()).toBeGreaterThan(0);
  });

  it('runs the same statement with other values (a prepared statement per text)', async () => {
    const a = await makeUser('Prepared A', 'viewer');
    const b = await makeUser('Prepared B', 'viewer');
    const nameOf = async (id: string) => (await readRows<{ name: string }>(Prisma.sql`SELECT name FROM "User" WHERE id = ${id}`))[0]?.name;
    for (let i = 0; i < 8; i++) {
      expect(await nameOf(a.id)).toBe('Prepared A');
      expect(await nameOf(b.id)).toBe('Prepared B');
    }
  });
});
