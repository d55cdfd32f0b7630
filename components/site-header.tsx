import Link from 'next/link';
import { KIND_INFO, KINDS } from '@/lib/kinds/kinds';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/projects', label: 'Projects' },
  ...KINDS.map((k) => ({ href: `/${KIND_INFO[k].segment}`, label: KIND_INFO[k].plural })),
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Hind<span>sight</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href}>
              {item.label}
            </Link>
          ))}
        </nav>
        <Link href="/new" className="button primary">
          New document
        </Link>
      </div>
    </header>
  );
}
