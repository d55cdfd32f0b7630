import { Sidebar } from '@/components/navigation/sidebar';

export default function HomeSidebar() {
  return <Sidebar path="/" />;
}
