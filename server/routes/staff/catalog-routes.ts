/** What the staff vacancy, course and catalogue-item routes share: paging, the id, access, import and withdraw routes. */
import { z } from 'zod';
import { defineRoute, json, staffAccess } from '../../api/define.ts';
import { noObject } from '../../auth/ownership.ts';
import { ALL_ROLES, MANAGE, WHY } from '../../auth/permissions.ts';
import { ErrorBody } from '../../contract/common.ts';
import { ImportReport, WithdrawnState } from '../../contract/catalog.ts';
import { limitBody } from '../../http/body-limit.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { importBody, importRequest } from './import-request.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';

const v = zh.jobs.validation;

export const Paging = {
  page: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100_000, { error: v.positive }).default(1),
  pageSize: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100, { error: v.oneOf(['1–100']) }).default(20),
};

export const IdParam = z.object({ id: z.uuid({ error: v.uuid }) });

export const tags = ['catalogue'];
/** Everyone reads the catalogue; staff, supervisors and admins manage it. */
export const readCatalog = staffAccess(ALL_ROLES, noObject(WHY.catalog));
export const manageCatalog = staffAccess(MANAGE, noObject(WHY.catalog));

/** A feed import's route: the JSON envelope or the CSV file, up to MAX_IMPORT_BYTES. */
export const importRoute = (what: string) =>
  defineRoute({
    method: 'post',
    path: '/import',
    tags,
    summary: `Import a feed of ${what} (JSON envelope or CSV file); bad rows are reported, good ones written`,
    middleware: [limitBody(MAX_IMPORT_BYTES), importRequest] as const,
    request: { body: importBody },
    responses: {
      200: json(ImportReport, 'What the import did, and each bad row’s line, field and message'),
      400: json(ErrorBody, 'The body or its source is unusable (the field is named)'),
      413: json(ErrorBody, 'The file is larger than the import limit'),
    },
    ...manageCatalog,
  });

/** Withdraw or restore a vacancy or course by hand. */
export const withdrawRoute = (action: 'withdraw' | 'restore', what: string) =>
  defineRoute({
    method: 'post',
    path: `/{id}/${action}`,
    tags,
    summary: action === 'withdraw' ? `Withdraw a ${what}: it stops matching at once and stays withdrawn across re-imports` : `Restore a withdrawn ${what}`,
    request: { params: IdParam },
    responses: { 200: json(WithdrawnState, `The ${what}’s new state`), 404: json(ErrorBody, `No such ${what}`) },
    ...manageCatalog,
  });

