import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret for one conversation: 32 random bytes; only its SHA-256 is stored. */
export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
