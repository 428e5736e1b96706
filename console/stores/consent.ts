/**
 * The seeker's consent to the privacy notice (三（三）), kept on this device only. Withdrawing it
 * also forgets the conversation kept on this device.
 */
import { createSignal } from 'solid-js';
import { storage } from './storage.ts';

const KEY = 'yb.consent';
export const CONSENT_VERSION = 1;

interface Stored {
  version: number;
  at: string;
}

export function createConsentStore() {
  const stored = storage.get<Stored>(KEY);
  const [given, setGiven] = createSignal(stored?.version === CONSENT_VERSION ? stored.at : undefined);
  return {
    given,
    agree() {
      const at = new Date().toISOString();
      storage.set(KEY, { version: CONSENT_VERSION, at } satisfies Stored);
      setGiven(at);
    },
    withdraw() {
      storage.remove(KEY);
      setGiven(undefined);
    },
  };
}
export type ConsentStore = ReturnType<typeof createConsentStore>;
