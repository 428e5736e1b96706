/**
 * The subject, place and period of a job, course or event request. The vocabulary lives with the
 * catalogue (server/jobs/request-words.ts and its thesaurus); this is what the NLU calls.
 */
export { eventPeriod, jobSubject, placeOf as jobPlace, type Period } from '../../jobs/request-words.ts';

export interface Place {
  streets: string[];
  label: string;
}
