import { Sidebar } from '@/components/navigation/sidebar';

// The sidebar slot matches every address, so it is rendered again (on the server) for each page
// the reader moves to, knowing where they are.
export default async function SidebarSlot({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return <Sidebar path={`/${path.join('/')}`} />;
}
