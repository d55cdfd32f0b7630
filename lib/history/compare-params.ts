// Which two versions the compare page shows, read from its URL. Pure.
export type TCompareParams = { from: number; to: number; mode: 'inline' | 'split' };

function versionParam(raw: string | string[] | undefined): number | null | 'bad' {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,8}$/.test(raw)) return 'bad';
  return Number(raw);
}

/**
 * `to` defaults to the newest version and `from` to the one before `to`. Null when a version is
 * not a whole number between 1 and `latest`: the page answers 404.
 */
export function compareParams(params: Record<string, string | string[] | undefined>, latest: number): TCompareParams | null {
  const to = versionParam(params.to);
  const from = versionParam(params.from);
  if (to === 'bad' || from === 'bad') return null;
  const toV = to ?? latest;
  const fromV = from ?? Math.max(1, toV - 1);
  if (toV > latest || fromV > latest) return null;
  return { from: fromV, to: toV, mode: params.view === 'split' ? 'split' : 'inline' };
}
