'use client';

import { useEffect, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { useNarrow } from '@/components/use-media-query';
import { SIDEBAR_COOKIE } from '@/lib/navigation/current-of';

// One button for the sidebar. On a wide screen it hides or shows the sidebar, remembered in a
// cookie so the server renders the page the same way next time. On a narrow screen the sidebar
// is a menu over the page: the button opens it, and Escape, a click outside or moving to another
// page closes it. The state lives on <html> (data-sidebar, data-menu), which the CSS reads.
// It also moves between pages without reloading when one of the sidebar's plain links is clicked.

export function SidebarToggle({ collapsed: initiallyCollapsed }: { collapsed: boolean }) {
  const narrow = useNarrow();
  const path = usePathname();
  const router = useRouter();
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [menu, setMenu] = useState<{ open: boolean; path: string }>({ open: false, path });
  // Moving to another page closes the menu.
  const menuOpen = menu.open && menu.path === path;

  useEffect(() => {
    const html = document.documentElement;
    if (menuOpen) html.dataset.menu = 'open';
    else delete html.dataset.menu;
    if (!menuOpen) return;
    document.querySelector<HTMLElement>('#sidebar a')?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      const target = event.target as Element | null;
      if (event.type === 'click' && target?.closest('#sidebar, .sidebar-toggle')) return;
      setMenu({ open: false, path });
      if (event instanceof KeyboardEvent) document.querySelector<HTMLElement>('.sidebar-toggle')?.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [menuOpen, path]);

  // After a move, the @sidebar slot can still hold the previous address's render (Next keeps a
  // parallel route's output across some soft navigations: vercel/next.js#94481). The sidebar
  // says which address it was rendered for; when that is not this one, it is fetched again.
  useEffect(() => {
    const shown = document.getElementById('sidebar')?.dataset.path;
    if (shown && shown !== decodeURI(path)) router.refresh();
  }, [path, router]);

  // The sidebar's links are plain anchors; a plain click on one is a client-side move.
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('#sidebar a[href^="/"]');
      if (!link) return;
      event.preventDefault();
      router.push(link.getAttribute('href')!);
    };
    document.addEventListener('click', follow);
    return () => document.removeEventListener('click', follow);
  }, [router]);

  function toggle() {
    if (narrow) {
      setMenu({ open: !menuOpen, path });
      return;
    }
    const next = !collapsed;
    setCollapsed(next);
    if (next) document.documentElement.dataset.sidebar = 'collapsed';
    else delete document.documentElement.dataset.sidebar;
    document.cookie = `${SIDEBAR_COOKIE}=${next ? 'collapsed' : 'open'}; path=/; max-age=31536000; samesite=lax`;
  }

  return (
    <button
      type="button"
      className="sidebar-toggle"
      aria-controls="sidebar"
      aria-expanded={narrow ? menuOpen : !collapsed}
      aria-label="Menu"
      onClick={toggle}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M4 6h16M4 12h16M4 18h16" />
      </svg>
    </button>
  );
}
