// cardOutline (lib/kinds/card-outline.ts) says which sections a card shows, for "On this page";
// the cards draw them. This renders every seeded card, and each card with its fields emptied,
// and holds the outline to the <h2 id> headings the card really draws.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { cardOutline } from '@/lib/kinds/card-outline';
import type { TKind } from '@/lib/kinds/kinds';
import { KindCard } from './kind-card';

const root = path.join(__dirname, '../../content/projects');
const cards = readdirSync(root).flatMap((project) =>
  readdirSync(path.join(root, project))
    .filter((f) => f.endsWith('.md') && f !== 'project.md')
    .map((f) => matter(readFileSync(path.join(root, project, f), 'utf8')).data as { kind: TKind; fields?: unknown; title: string }),
);

const drawn = (kind: TKind, fields: unknown) =>
  [...renderToStaticMarkup(createElement(KindCard, { kind, fields, project: null })).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);

describe('cardOutline', () => {
  it('has seeded cards of every kind with sections to check', () => {
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(['model_card', 'runbook', 'retrospective', 'dataset']));
  });

  for (const card of cards) {
    it(`lists the sections the card draws: ${card.title}`, () => {
      expect(cardOutline(card.kind, card.fields).map((e) => e.id)).toEqual(drawn(card.kind, card.fields));
      expect(cardOutline(card.kind, {}).map((e) => e.id)).toEqual(drawn(card.kind, {}));
    });
  }
});
