import { Navigate } from '@solidjs/router';
import { paths } from '../routes.ts';

export default function Home() {
  return <Navigate href={paths.queue} />;
}
