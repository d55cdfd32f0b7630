/** True for a unique-constraint violation, however it reaches us (Prisma or the driver). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string; originalCode?: string } } | null;
  return e?.code === 'P2002' || e?.cause?.originalCode === '23505' || e?.cause?.code === '23505';
}
