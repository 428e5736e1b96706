import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
let bump = 0;

/**
 * A duty-hours file for the server under test (DUTY_HOURS_FILE, server/wait/duty-hours.ts): the
 * same periods every day. `set` rewrites it; the server reads it again at the next request.
 */
export function dutyHoursFile(periods: string[] = ['00:00-24:00']) {
  const path = join(mkdtempSync(join(tmpdir(), 'yb-duty-')), 'duty-hours.json');
  const set = (p: string[]) => {
    writeFileSync(path, JSON.stringify({ utcOffsetMinutes: 480, weekly: Object.fromEntries(DAYS.map((d) => [d, p])), closed: [], extra: [], hotline: { label: '人社服务热线', number: '12333' } }));
    const t = new Date(Date.now() + ++bump * 10_000); // a new modification time, however fast the rewrite
    utimesSync(path, t, t);
  };
  set(periods);
  return { path, set };
}
