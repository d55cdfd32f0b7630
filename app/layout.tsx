import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { SiteHeader } from '@/components/site-header';
import { SIDEBAR_COOKIE } from '@/lib/navigation/current-of';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Hindsight', template: '%s · Hindsight' },
  description: 'What our ML team learned: retrospectives, runbooks, model cards and best practices.',
};

// The page beside the sidebar; the sidebar is a parallel route (app/@sidebar) so it is rendered on
// the server for each address, knowing which page and project the reader is on.
export default async function RootLayout({ children, sidebar }: { children: ReactNode; sidebar: ReactNode }) {
  const collapsed = (await cookies()).get(SIDEBAR_COOKIE)?.value === 'collapsed';
  return (
    <html lang="en" data-sidebar={collapsed ? 'collapsed' : undefined}>
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <SiteHeader sidebarCollapsed={collapsed} />
        <div className="shell">
          {sidebar}
          <main id="main">{children}</main>
        </div>
      </body>
    </html>
  );
}
