/**
 * Checks of casework forms that need the database or more than one field: a recommended vacancy or
 * course must exist, a plan's step dates must be to come (unless the plan already had them), a
 * registration cannot be completed before it was applied for. Each failure is a 400 naming the field
 * in Chinese, before anything is written.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { assistancePlans, serviceRecords, trainingCourses, vacancies } from '../db/schema/index.ts';
import { badRequest } from '../http/errors.ts';
import { fieldLabel } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { stepDateProblem } from './form-dates.ts';
import type { NewService } from './records.ts';

const L = zh.forms.labels;
const fieldError = (field: string, detail: string) => badRequest(field, zh.errors.fieldLabelled(fieldLabel(field, L), detail));
const isUuid = (s: string) => z.uuid().safeParse(s).success;

/** A job or course recommendation names a vacancy or course that is in the catalogue. */
export async function checkServiceRef(database: Database, service: NewService) {
  if (service.kind !== 'job_recommendation' && service.kind !== 'course_recommendation') return;
  const table = service.kind === 'job_recommendation' ? vacancies : trainingCourses;
  const found = isUuid(service.refId) && (await database.db.$count(table, eq(table.id, service.refId))) > 0;
  if (!found) throw fieldError('refId', service.kind === 'job_recommendation' ? zh.forms.ref.vacancy : zh.forms.ref.course);
}

/** Every step's date is to come, or one of `kept` (the dates the plan already had). */
export function checkPlanStepDates(steps: readonly { dueOn?: string | undefined }[], kept: ReadonlySet<string>) {
  steps.forEach((s, i) => {
    const problem = s.dueOn ? stepDateProblem(s.dueOn, kept) : undefined;
    if (problem) throw fieldError(`steps.${i}.dueOn`, problem);
  });
}

/** The step dates a plan has now (none when there is no such plan: the update answers 404). */
export async function keptStepDates(database: Database, planId: string): Promise<Set<string>> {
  const [plan] = await database.db.select({ steps: assistancePlans.steps }).from(assistancePlans).where(eq(assistancePlans.id, planId));
  return new Set(((plan?.steps ?? []) as { dueOn?: string }[]).flatMap((s) => (s.dueOn ? [s.dueOn] : [])));
}

/** A registration is completed on or after the day it was applied for. */
export async function checkCompletion(database: Database, { seekerId, recordId, completedOn }: { seekerId: string; recordId: string; completedOn: string }) {
  const [row] = await database.db
    .select({ appliedOn: serviceRecords.refId, deliveredOn: serviceRecords.deliveredOn })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.id, recordId), eq(serviceRecords.seekerId, seekerId)));
  const applied = row ? (row.appliedOn ?? row.deliveredOn) : undefined;
  if (applied && completedOn < applied) throw fieldError('completedOn', zh.forms.date.beforeApplied);
}
