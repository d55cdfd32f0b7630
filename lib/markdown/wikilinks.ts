// [[Target]] and [[Target|label]] in Markdown text become links. The target is kept as a
// normalised key; which document it names is decided when the page is read (see
// lib/documents/resolve-wikilinks.ts), so a link to a page created later starts working.
// [[operates::Fraud model card]] is a link too, and declares a typed relation (lib/relations).
import { parseRelationTarget, type TRelationRow } from '@/lib/relations/relation-types';
import type { Link, Root, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';

const WIKILINK = /\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]/g;

export function wikilinkKey(target: string): string {
  return target.trim().replace(/\s+/g, ' ').toLowerCase();
}

// The href works without any resolution step: /go finds the target (relative to the linking
// document's project, `from`) and redirects, or offers to create the missing page.
function wikilinkHref(key: string, from?: string): string {
  const query = new URLSearchParams({ to: key });
  if (from) query.set('from', from);
  return `/go?${query.toString()}`;
}

export function remarkWikilinks(options: { from?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const keys = new Set<string>();
    const relations: TRelationRow[] = [];
    findAndReplace(tree, [
      WIKILINK,
      (_whole: string, written: string, label: string | undefined): Link | Text | false => {
        const relation = parseRelationTarget(written);
        const target = relation?.target ?? written;
        const key = wikilinkKey(target);
        if (!key) return false;
        keys.add(key);
        if (relation) relations.push({ type: relation.type, targetKey: key, version: relation.version, detail: target.trim() });
        return {
          type: 'link',
          url: wikilinkHref(key, options.from),
          children: [{ type: 'text', value: (label ?? target).trim() }],
          data: { hProperties: { className: ['wikilink'], dataWikilink: key } },
        };
      },
    ]);
    file.data.wikilinks = [...keys];
    file.data.relations = relations;
  };
}

declare module 'vfile' {
  interface DataMap {
    wikilinks: string[];
    relations: TRelationRow[];
  }
}
