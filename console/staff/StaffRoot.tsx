import type { RouteSectionProps } from '@solidjs/router';
import { StaffProvider } from './StaffProvider.tsx';
import '../styles/staff.css';

/** Everything under /console shares the staff stores. */
export default function StaffRoot(props: RouteSectionProps) {
  return <StaffProvider>{props.children}</StaffProvider>;
}
