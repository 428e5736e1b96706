import { parseArgs } from 'node:util';
import { createStaffUser, findStaffByUsername } from '../auth/accounts.ts';
import { generatePassword } from '../auth/password.ts';
import { STAFF_ROLES, type StaffRole } from '../auth/principal.ts';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';

/**
 * `npm run staff:create -- --username wang --role admin --name 王静`: creates a staff account with a
 * random one-time password printed once (there is no default password), to be changed at the first
 * sign-in. The first admin is made this way or in the browser, with the link a first start prints.
 * On the embedded database it refuses while the server runs (the data directory's lock): two
 * processes on one PGlite directory corrupt it; use the console's 账号管理 then.
 */
const { values } = parseArgs({ options: { username: { type: 'string' }, role: { type: 'string', default: 'admin' }, name: { type: 'string' } } });
if (!values.username || !/^[a-z0-9._-]{3,64}$/i.test(values.username)) {
  console.error('usage: npm run staff:create -- --username NAME [--role counsellor|staff|supervisor|admin] [--name 显示名]');
  process.exit(2);
}
if (!STAFF_ROLES.includes(values.role as StaffRole)) {
  console.error(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  process.exit(2);
}
const database = await openConfiguredDatabase(loadConfig(), 'npm run staff:create').catch((e: unknown) => {
  // The server (or another command) has the embedded data directory open: refuse, never open it twice.
  if (e instanceof DataDirLockedError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
});
try {
  if (await findStaffByUsername(database, values.username)) {
    console.error(`A staff account named ${values.username} already exists.`);
    process.exit(1);
  }
  const password = generatePassword();
  await createStaffUser(database, { username: values.username, displayName: values.name ?? values.username, role: values.role as StaffRole, password, mustChangePassword: true });
  console.log(`Created ${values.role} "${values.username}". Password (shown once; it must be changed at the first sign-in):\n\n  ${password}\n`);
} finally {
  await database.close();
}
