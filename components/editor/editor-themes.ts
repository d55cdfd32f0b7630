// The Markdown editor's colours, from the page's own variables, so it matches the light and the
// dark page and its text keeps WCAG AA contrast (CodeMirror's stock dark theme dims gutters and
// some marks below it).
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

const base = (dark: boolean) =>
  EditorView.theme(
    {
      '&': { color: 'var(--text)', backgroundColor: 'var(--panel)' },
      '.cm-content': { caretColor: 'var(--text)' },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
      '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
      '.cm-activeLine': { backgroundColor: 'var(--accent-soft)' },
      '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)' },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: dark ? '#2d4270' : '#cfdcf7' },
    },
    { dark },
  );

const marks = (dark: boolean) =>
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: t.heading, fontWeight: '700', color: dark ? '#9cc0ff' : '#1f4fb0' },
      { tag: t.strong, fontWeight: '700' },
      { tag: t.emphasis, fontStyle: 'italic' },
      { tag: [t.link, t.url], color: dark ? '#8cd3ff' : '#0b5c8f' },
      { tag: t.monospace, color: dark ? '#f0b3d8' : '#9a2367' },
      { tag: t.quote, color: dark ? '#c3cad3' : '#4f5964' },
      { tag: [t.processingInstruction, t.meta, t.contentSeparator, t.list], color: dark ? '#b6bfca' : '#56606b' },
      { tag: [t.keyword, t.operator], color: dark ? '#d7a6f0' : '#7c2a9a' },
      { tag: [t.string, t.special(t.string)], color: dark ? '#9fd68f' : '#2c6e1f' },
      { tag: [t.number, t.bool, t.atom], color: dark ? '#e8c07a' : '#805400' },
      { tag: t.comment, color: dark ? '#a7b0ba' : '#5e6873', fontStyle: 'italic' },
    ]),
  );

export const lightTheme = [base(false), marks(false)];
export const darkTheme = [base(true), marks(true)];
