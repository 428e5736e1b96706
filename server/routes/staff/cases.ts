import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import type { TurnDeps } from '../../agent/context.ts';
import { claimCase } from '../../cases/claim.ts';
import { handBackCase, OUTCOMES, resolveCase } from '../../cases/close.ts';
import { draftReply } from '../../cases/copilot.ts';
import { caseDialogue, correctCaseFacts, parseCorrection } from '../../cases/dialogue.ts';
import { sendCounsellorMessage } from '../../cases/messages.ts';
import { openCase, PRIORITY } from '../../cases/open-case.ts';
import { addNote, caseDetail, caseworkers, getCase, listNotes } from '../../cases/queries.ts';
import { assignCase, releaseCase, transferCase } from '../../cases/reassign.ts';
import { seekerConversations, seekerConversationTranscript } from '../../cases/seeker-history.ts';
import { getConversation } from '../../chat/queries.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { optionalJsonBody } from '../../http/optional-json.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { ledgerRecord } from '../../ledger/queries.ts';
import { conversationChannel } from '../../live/bus.ts';
import { streamChannel } from '../../live/sse.ts';

const v = zh.cases.validation;
export const MAX_COUNSELLOR_MESSAGE = 2000;

const IdParam = z.object({ id: z.uuid(v.uuid) });
const Text = (max: number) => z.string({ error: v.text }).trim().min(1, v.text).max(max, v.maxLength(max));
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
/** An empty body is fine for the actions whose note is optional. */
const optionalJson = validate('json', Note);

/**
 * A case, from the counsellor's side: open one, claim it (exclusive), talk live with the seeker
 * while the bot is paused, ask the copilot for a draft, keep private notes, release it, transfer
 * it, have a supervisor assign it, hand it back to the bot, resolve it with an outcome. The case
 * detail names the caseworkers it could be transferred or assigned to, and carries the
 * conversation's dialogue state in words; the holder or a supervisor may correct the seeker's facts.
 */
export function staffCaseRoutes(deps: TurnDeps) {
  const { database, bus } = deps;
  return new Hono()
    .post('/', jsonBody, validate('json', OpenBody), async (c) => {
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
    .get('/:id', validate('param', IdParam), async (c) => {
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
      });
    })
    .get('/:id/events', validate('param', IdParam), async (c) => {
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
    .post('/:id/claim', validate('param', IdParam), async (c) => {
      return c.json({ case: await claimCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff }) });
    })
    .post('/:id/release', validate('param', IdParam), optionalJsonBody, optionalJson, async (c) => {
      const { note } = c.req.valid('json');
      return c.json({ case: await releaseCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, ...(note ? { note } : {}) }) });
    })
    .post('/:id/transfer', validate('param', IdParam), jsonBody, validate('json', ToCounsellor), async (c) => {
      const { counsellorId, note } = c.req.valid('json');
      return c.json({ case: await transferCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, toStaffId: counsellorId, ...(note ? { note } : {}) }) });
    })
    .post('/:id/assign', validate('param', IdParam), jsonBody, validate('json', ToCounsellor), async (c) => {
      const { counsellorId, note } = c.req.valid('json');
      return c.json({ case: await assignCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, toStaffId: counsellorId, ...(note ? { note } : {}) }) });
    })
    .post('/:id/hand-back', validate('param', IdParam), optionalJsonBody, optionalJson, async (c) => {
      const { note } = c.req.valid('json');
      return c.json({ case: await handBackCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, ...(note ? { note } : {}) }) });
    })
    .post('/:id/resolve', validate('param', IdParam), jsonBody, validate('json', ResolveBody), async (c) => {
      const { outcome, note } = c.req.valid('json');
      return c.json({ case: await resolveCase(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, outcome, ...(note ? { note } : {}) }) });
    })
    .post('/:id/messages', validate('param', IdParam), jsonBody, validate('json', MessageBody), async (c) => {
      const { text, draftId } = c.req.valid('json');
      const sent = await sendCounsellorMessage(database, bus, { caseId: c.req.valid('param').id, actor: c.var.staff, text, ...(draftId ? { draftId } : {}) });
      return c.json(sent, 201);
    })
    .post('/:id/copilot', validate('param', IdParam), async (c) => {
      return c.json(await draftReply(deps, { caseId: c.req.valid('param').id, actor: c.var.staff }));
    })
    // A correction of the seeker's facts or of the role (the holder or a supervisor), recorded fact by fact.
    .patch('/:id/facts', validate('param', IdParam), jsonBody, validator('json', parseCorrection), async (c) => {
      return c.json(await correctCaseFacts(database, { caseId: c.req.valid('param').id, actor: c.var.staff, correction: c.req.valid('json') }));
    })
    .get('/:id/notes', validate('param', IdParam), async (c) => {
      return c.json({ notes: await listNotes(database, { caseId: c.req.valid('param').id }) });
    })
    .post('/:id/notes', validate('param', IdParam), jsonBody, validate('json', NoteBody), async (c) => {
      const note = await addNote(database, { caseId: c.req.valid('param').id, authorId: c.var.staff.id, text: c.req.valid('json').text });
      return c.json({ note }, 201);
    })
    // The seeker's other conversations (issue 16), and one of them to read: whoever may work on the case.
    .get('/:id/conversations', validate('param', IdParam), async (c) => {
      return c.json({ conversations: await seekerConversations(database, { caseId: c.req.valid('param').id }) });
    })
    .get('/:id/conversations/:conversationId', validate('param', IdParam.extend({ conversationId: z.uuid(v.uuid) })), async (c) => {
      const { id, conversationId } = c.req.valid('param');
      return c.json(await seekerConversationTranscript(database, { caseId: id, conversationId }));
    });
}
