/**
 * The one dictionary of everything a seeker or staff member reads, composed from one part per area.
 * Server responses, the offline model's templates and the console all take their Chinese text from
 * here, so wording is changed in one place. Functions are used where a message carries values.
 */
import { access } from './access.ts';
import { agent } from './agent.ts';
import { auth } from './auth.ts';
import { consoleText } from './console.ts';
import { cases } from './cases.ts';
import { dialogue } from './dialogue.ts';
import { dialogueState } from './dialogue-state.ts';
import { errors } from './errors.ts';
import { forms } from './forms.ts';
import { guide } from './guide.ts';
import { helpers } from './helpers.ts';
import { jobs } from './jobs.ts';
import { privacy, review } from './review.ts';
import { rules } from './rules.ts';
import { setup } from './setup.ts';
import { wait } from './wait.ts';
import { caseWorkspace } from './case-workspace.ts';

export const zh = {
  errors,
  agent,
  dialogue,
  dialogueState,
  auth,
  access,
  rules,
  jobs,
  console: consoleText,
  cases,
  guide,
  review,
  privacy,
  setup,
  health: { ok: '运行正常' },
  helpers,
  wait,
  forms,
  caseWorkspace,
} as const;

export type Dictionary = typeof zh;
