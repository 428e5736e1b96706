import { Navigate } from '@solidjs/router';
import type { StaffRole } from '../api/staff.ts';
import { paths } from '../paths.ts';
import { useStaff } from './StaffProvider.tsx';

/** Each role starts where its work is. */
const START: Record<StaffRole, string> = {
  counsellor: paths.queue,
  supervisor: paths.queue,
  staff: paths.ask,
  admin: paths.accounts,
};

export default function Home() {
  const { session } = useStaff();
  return <Navigate href={START[session.user()?.role ?? 'counsellor']} />;
}
