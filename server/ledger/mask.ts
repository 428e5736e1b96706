/**
 * How identity fields read wherever the full view was not asked for (lists, case pages, events):
 * the surname, the phone's first 3 and last 4 digits, the ID number's first 3 and last 2 —
 * enough for a counsellor to recognise the person on a call, not enough to identify a stranger.
 */
export const maskName = (name: string | null | undefined) => (name ? `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}` : null);

export const maskPhone = (phone: string | null | undefined) => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null);

export const maskIdNumber = (id: string | null | undefined) => (id ? `${id.slice(0, 3)}${'*'.repeat(Math.max(0, id.length - 5))}${id.slice(-2)}` : null);

export interface Identity {
  name: string | null;
  phone: string | null;
  idNumber: string | null;
}

export const maskIdentity = (p: Identity): Identity => ({ name: maskName(p.name), phone: maskPhone(p.phone), idNumber: maskIdNumber(p.idNumber) });
