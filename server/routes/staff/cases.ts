import { validator } from 'hono/validator';
import { z } from 'zod';
import type { TurnDeps } from '../../agent/context.ts';
import { type Api, api, defineRoute, json, jsonRequest, staffAccess } from '../../api/define.ts';
import { caseParam, conversationInBody, overseersOnly } from '../../auth/ownership.ts';
import { CASEWORK, SUPERVISOR } from '../../auth/permissions.ts';
import { claimCase } from '../../cases/claim.ts';
import { handBackCase, OUTCOMES, resolveCase } from '../../cases/close.ts';
import { draftReply } from '../../cases/copilot.ts';
import { caseDialogue, CorrectionBody, correctCaseFacts, parseCorrection } from '../../cases/dialogue.ts';
import { sendCounsellorMessage } from '../../cases/messages.ts';
import { openCase, PRIORITY } from '../../cases/open-case.ts';
import { addNote, caseDetail, caseworkers, getCase, listNotes } from '../../cases/queries.ts';
import { assignCase, releaseCase, transferCase } from '../../cases/reassign.ts';
import { seekerConversations, seekerConversationTranscript } from '../../cases/seeker-history.ts';
import { getConversation } from '../../chat/queries.ts';
import { SeekerConversations, SeekerConversationTranscript } from '../../contract/case-workspace.ts';
import { CaseAnswer, CaseDetail, CaseRowAnswer, CopilotDraft, FactsCorrected, NoteAnswer, NoteList, OpenedCase, SentMessage } from '../../contract/cases.ts';
import { ErrorBody, EventStream } from '../../contract/common.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { optionalJsonBody } from '../../http/optional-json.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { ledgerRecord } from '../../ledger/queries.ts';
import { conversationChannel } from '../../live/bus.ts';
import { streamChannel } from '../../live/sse.ts';
import { IdParam } from '../params.ts';

const v = zh.cases.validation;
export const MAX_COUNSELLOR_MESSAGE = 2000;

const Text = (max: number) => z.string({ error: v.text }).trim().min(1, v.text).max(max, v.maxLength(max));
/** An empty body is fine for the actions whose note is optional. */
const Note = z.object({ note: Text(500).optional() });
const NoteBody = z.object({ text: Text(2000) });
const ToCounsellor = z.object({ counsellorId: z.uuid(v.uuid), note: Text(500).optional() });
const ResolveBody = z.object({ outcome: z.enum(OUTCOMES, { error: v.oneOf(OUTCOMES) }), note: Text(500).optional() });
const MessageBody = z.object({ text: Text(MAX_COUNSELLOR_MESSAGE), draftId: z.uuid(v.uuid).optional() });
const OpenBody = z.object({
  conversationId: z.uuid(v.uuid),
  reason: Text(200),
  priority: z.union([z.literal(PRIORITY.distress), z.literal(PRIORITY.requested), z.literal(PRIORITY.other)], { error: v.oneOf(['0', '1', '2']) }).optional(),
});

const tags = ['casework'];
const notFound = json(ErrorBody, 'No such case');
const conflict = json(ErrorBody, 'The case is not in the state the action needs (held by another, waiting, closed)');
const notHolder = json(ErrorBody, 'The caller does not hold the case');
const badBody = json(ErrorBody, 'A field is malformed (the field is named)');

const open = defineRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Open a case for a conversation (or answer the one already open)',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(OpenBody) },
  responses: { 201: json(OpenedCase, 'A new case, queued'), 200: json(OpenedCase, 'The case already open'), 400: badBody, 404: json(ErrorBody, 'No such conversation') },
  ...staffAccess(CASEWORK, conversationInBody()),
});
const detail = defineRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One case: transcript, history, notes, the seeker’s ledger view, caseworkers, dialogue state',
  request: { params: IdParam },
  responses: { 200: json(CaseDetail, 'The case; a waiting case seen before claiming it is a preview'), 404: notFound },
  ...staffAccess(CASEWORK, caseParam('preview')),
});
const events = defineRoute({
  method: 'get',
  path: '/{id}/events',
  tags,
  summary: 'The conversation’s live stream, as the counsellor sees it',
  request: { params: IdParam },
  responses: { 200: { content: { 'text/event-stream': { schema: EventStream } }, description: 'message, typing, counsellor_joined, … (quiet once another counsellor takes a watched waiting case)' }, 404: notFound },
  ...staffAccess(CASEWORK, caseParam('preview')),
});
const claim = defineRoute({
  method: 'post',
  path: '/{id}/claim',
  tags,
  summary: 'Claim a waiting case (exclusive); the bot pauses',
  request: { params: IdParam },
  responses: { 200: json(CaseAnswer, 'The case, held by the caller'), 404: notFound, 409: json(ErrorBody, 'Taken by another counsellor (named), or no longer waiting') },
  ...staffAccess(CASEWORK, caseParam('claim')),
});
const release = defineRoute({
  method: 'post',
  path: '/{id}/release',
  tags,
  summary: 'Put a held case back in the queue',
  middleware: [optionalJsonBody] as const,
  request: { params: IdParam, body: jsonRequest(Note, false) },
  responses: { 200: json(CaseAnswer, 'The case, waiting again'), 403: notHolder, 404: notFound, 409: conflict },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const transfer = defineRoute({
  method: 'post',
  path: '/{id}/transfer',
  tags,
  summary: 'Hand a held case, live, to another counsellor',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(ToCounsellor) },
  responses: { 200: json(CaseAnswer, 'The case, held by the new counsellor'), 400: badBody, 403: notHolder, 404: notFound, 409: conflict },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const assign = defineRoute({
  method: 'post',
  path: '/{id}/assign',
  tags,
  summary: 'A supervisor gives an open case to a counsellor',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(ToCounsellor) },
  responses: { 200: json(CaseAnswer, 'The case, held by the counsellor'), 400: badBody, 404: notFound, 409: conflict },
  ...staffAccess([SUPERVISOR], overseersOnly('a supervisor gives any open case to a counsellor')),
});
const handBack = defineRoute({
  method: 'post',
  path: '/{id}/hand-back',
  tags,
  summary: 'Hand the conversation back to the bot',
  middleware: [optionalJsonBody] as const,
  request: { params: IdParam, body: jsonRequest(Note, false) },
  responses: { 200: json(CaseRowAnswer, 'The case, returned to the bot'), 403: notHolder, 404: notFound, 409: conflict },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const resolve = defineRoute({
  method: 'post',
  path: '/{id}/resolve',
  tags,
  summary: 'Close the case with its outcome (also the seeker’s outcome in the ledger)',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(ResolveBody) },
  responses: { 200: json(CaseRowAnswer, 'The case, resolved'), 400: badBody, 403: notHolder, 404: notFound, 409: conflict },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const message = defineRoute({
  method: 'post',
  path: '/{id}/messages',
  tags,
  summary: 'The holder writes to the seeker (from a copilot draft or not)',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(MessageBody) },
  responses: { 201: json(SentMessage, 'The message, sent'), 400: badBody, 403: notHolder, 404: json(ErrorBody, 'No such case or draft'), 409: json(ErrorBody, 'Not held, or the draft was already sent') },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const copilot = defineRoute({
  method: 'post',
  path: '/{id}/copilot',
  tags,
  summary: 'The copilot drafts a reply to the seeker’s last message, for the holder only',
  request: { params: IdParam },
  responses: { 200: json(CopilotDraft, 'The draft'), 403: notHolder, 404: notFound, 409: json(ErrorBody, 'Not held, or no seeker message to answer'), 502: json(ErrorBody, 'The draft failed') },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const facts = defineRoute({
  method: 'patch',
  path: '/{id}/facts',
  tags,
  summary: 'Correct the seeker’s facts or the role (the holder or a supervisor), recorded fact by fact',
  middleware: [jsonBody, validator('json', parseCorrection)] as const,
  request: { params: IdParam, body: jsonRequest(CorrectionBody) },
  responses: { 200: json(FactsCorrected, 'What changed, and the dialogue state after'), 400: json(ErrorBody, 'A fact is malformed (the fact’s path is the field), or nothing to correct'), 403: notHolder, 404: notFound },
  ...staffAccess(CASEWORK, caseParam('hold')),
});
const notes = defineRoute({
  method: 'get',
  path: '/{id}/notes',
  tags,
  summary: 'The case’s private staff notes',
  request: { params: IdParam },
  responses: { 200: json(NoteList, 'The notes, oldest first'), 404: notFound },
  ...staffAccess(CASEWORK, caseParam('work')),
});
const addCaseNote = defineRoute({
  method: 'post',
  path: '/{id}/notes',
  tags,
  summary: 'Add a private note (never shown to the seeker)',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(NoteBody) },
  responses: { 201: json(NoteAnswer, 'The note'), 400: badBody, 404: notFound },
  ...staffAccess(CASEWORK, caseParam('work')),
});
const conversations = defineRoute({
  method: 'get',
  path: '/{id}/conversations',
  tags,
  summary: 'The seeker’s other conversations',
  request: { params: IdParam },
  responses: { 200: json(SeekerConversations, 'Newest first, at most 50'), 404: notFound },
  ...staffAccess(CASEWORK, caseParam('work')),
});
const conversation = defineRoute({
  method: 'get',
  path: '/{id}/conversations/{conversationId}',
  tags,
  summary: 'One of the seeker’s other conversations, as a transcript',
  request: { params: IdParam.extend({ conversationId: z.uuid(v.uuid) }) },
  responses: { 200: json(SeekerConversationTranscript, 'The transcript and its cases'), 404: json(ErrorBody, 'No such case, or not this seeker’s conversation') },
  ...staffAccess(CASEWORK, caseParam('work')),
});

/**
 * A case, from the counsellor's side: open one, claim it (exclusive), talk live with the seeker
 * while the bot is paused, ask the copilot for a draft, keep private notes, release it, transfer
 * it, have a supervisor assign it, hand it back to the bot, resolve it with an outcome. The case
 * detail names the caseworkers it could be transferred or assigned to, and carries the
 * conversation's dialogue state in words; the holder or a supervisor may correct the seeker's facts.
 */
export function staffCaseRoutes(deps: TurnDeps): Api {
  const { database, bus } = deps;
  return api()
    .openapi(open, async (c) => {
      const body = c.req.valid('json');
      const conversation = await getConversation(database, { conversationId: body.conversationId });
      if (!conversation) throw new AppError(404, 'not_found', zh.cases.errors.conversationNotFound);
      const opened = await openCase(database, bus, {
        conversationId: conversation.id,
        seekerId: conversation.seekerId,
        reason: body.reason,
        source: 'staff',
        priority: body.priority ?? PRIORITY.other,
        actorId: c.var.staff.id,
      });
      return c.json(opened, opened.created ? 201 : 200);
    })
    .openapi(detail, async (c) => {
      const detail = await caseDetail(database, { caseId: c.req.valid('param').id });
      // A waiting case seen only to decide whether to claim it: the transcript, not the casework.
      const preview = c.var.access.grant === 'waiting';
      const [ledger, counsellors, dialogue] = await Promise.all([
        ledgerRecord(database, { seekerId: detail.case.seekerId }),
        caseworkers(database),
        caseDialogue(database, detail.case),
      ]);
      return c.json({
        ...detail,
        ...(preview ? { notes: [], otherCases: [] } : {}),
        seeker: ledger.seeker,
        profile: ledger.profile,
        eligibility: ledger.eligibility,
        serviceStandard: ledger.serviceStandard,
        plans: preview ? [] : ledger.plans,
        followUps: preview ? [] : ledger.followUps,
        counsellors,
        dialogue,
        preview,
      }, 200);
    })
    .openapi(events, async (c) => {
      const row = await getCase(database, { caseId: c.req.valid('param').id });
      if (c.var.access.grant !== 'waiting') return streamChannel(c, bus, conversationChannel(row.conversationId));
      // Watching a waiting case: the stream goes quiet once another counsellor takes it over.
      const me = c.var.staff.displayName;
      let takenByOther = false;
      return streamChannel(c, bus, conversationChannel(row.conversationId), (e) => {
        if (e.type === 'counsellor_joined' && e.payload.caseId === row.id && e.payload.counsellor !== me) takenByOther = true;
        return !takenByOther;
      });
    })
    .openapi(claim, async (c) => {
      return c.json({ case: await claimCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff }) }, 200);
    })
    .openapi(release, async (c) => {
      const { note } = c.req.valid('json');
      return c.json({ case: await releaseCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, ...(note ? { note } : {}) }) }, 200);
    })
    .openapi(transfer, async (c) => {
      const { counsellorId, note } = c.req.valid('json');
      return c.json({ case: await transferCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, toStaffId: counsellorId, ...(note ? { note } : {}) }) }, 200);
    })
    .openapi(assign, async (c) => {
      const { counsellorId, note } = c.req.valid('json');
      return c.json({ case: await assignCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, toStaffId: counsellorId, ...(note ? { note } : {}) }) }, 200);
    })
    .openapi(handBack, async (c) => {
      const { note } = c.req.valid('json');
      return c.json({ case: await handBackCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, ...(note ? { note } : {}) }) }, 200);
    })
    .openapi(resolve, async (c) => {
      const { outcome, note } = c.req.valid('json');
      return c.json({ case: await resolveCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, outcome, ...(note ? { note } : {}) }) }, 200);
    })
    .openapi(message, async (c) => {
      const { text, draftId } = c.req.valid('json');
      const sent = await sendCounsellorMessage(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, text, ...(draftId ? { draftId } : {}) });
      return c.json(sent, 201);
    })
    .openapi(copilot, async (c) => {
      return c.json(await draftReply(deps, { caseId: c.req.valid('param').id, actor: c.var.staff }), 200);
    })
    // A correction of the seeker's facts or of the role (the holder or a supervisor), recorded fact by fact.
    .openapi(facts, async (c) => {
      return c.json(await correctCaseFacts(database, { caseId: c.req.valid('param').id, actor: c.var.staff, correction: c.req.valid('json') }), 200);
    })
    .openapi(notes, async (c) => {
      return c.json({ notes: await listNotes(database, { caseId: c.req.valid('param').id }) }, 200);
    })
    .openapi(addCaseNote, async (c) => {
      const note = await addNote(database, { caseId: c.req.valid('param').id, authorId: c.var.staff.id, text: c.req.valid('json').text });
      return c.json({ note }, 201);
    })
    // The seeker's other conversations (issue 16), and one of them to read: whoever may work on the case.
    .openapi(conversations, async (c) => {
      return c.json({ conversations: await seekerConversations(database, { caseId: c.req.valid('param').id }) }, 200);
    })
    .openapi(conversation, async (c) => {
      const { id, conversationId } = c.req.valid('param');
      return c.json(await seekerConversationTranscript(database, { caseId: id, conversationId }), 200);
    });
}
