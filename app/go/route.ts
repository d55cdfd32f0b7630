import { NextResponse } from 'next/server';
import { sessionUser } from '@/lib/auth/current-user';
import { NO_PROJECT } from '@/lib/documents/paths';
import { resolveWikilinks } from '@/lib/documents/resolve-wikilinks';
import { wikilinkKey } from '@/lib/markdown/wikilinks';

// Where a wikilink leads: the document it names, or the "new document" form prefilled with
// its title when no such page exists yet.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await sessionUser();
  if (!user) return NextResponse.redirect(new URL(`/signin?callbackUrl=${encodeURIComponent(url.pathname + url.search)}`, url));
  const key = wikilinkKey((url.searchParams.get('to') ?? '').slice(0, 200));
  const fromParam = url.searchParams.get('from');
  const from = fromParam && fromParam !== NO_PROJECT ? fromParam.slice(0, 100) : null;
  if (!key) return NextResponse.redirect(new URL('/', url));
  const target = (await resolveWikilinks(user, [key], from)).get(key);
  if (target) return NextResponse.redirect(new URL(target.path, url));
  const create = new URL('/new', url);
  const title = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
  create.searchParams.set(
    'title',
    title.replace(/(^|\s)\S/g, (c) => c.toUpperCase()),
  );
  if (from) create.searchParams.set('project', from);
  return NextResponse.redirect(create);
}
