'use client';

// The header's links, with the one for where the reader is marked: `aria-current="page"` on the
// page itself, `"true"` on the section it is in (a project's pages under Projects).
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const path = usePathname();
  return links.map(({ href, label }) => {
    const current = path === href ? 'page' : href !== '/' && path.startsWith(`${href}/`) ? 'true' : undefined;
    return (
      <Link key={href} href={href} aria-current={current}>
        {label}
      </Link>
    );
  });
}
