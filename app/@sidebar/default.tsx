import { Sidebar } from '@/components/navigation/sidebar';

// Shown when a page was reached in a way the slot did not follow (a not-found page, say): the
// sidebar without a current page.
export default function DefaultSidebar() {
  return <Sidebar path="" />;
}
