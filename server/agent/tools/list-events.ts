import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { listEvents } from '../../jobs/events.ts';
import { result, turnOf } from './context.ts';

export const listEventsTool = tool(
  async ({ month, year }, config) => {
    const ctx = turnOf(config);
    const y = year ?? Number(ctx.asOf.slice(0, 4));
    const { events } = await listEvents(ctx.database, { month, year: y });
    return result({ month: month ?? null, year: y, events, citations: [...new Set(events.flatMap((e) => (e.clauseId ? [e.clauseId] : [])))] });
  },
  {
    name: 'list_events',
    description: '查询就业服务活动安排（附件2年度活动安排和新导入的活动），可按月份筛选。',
    schema: z.object({
      month: z.number().int().min(1).max(12).optional().describe('月份 1-12；不填则列出全年'),
      year: z.number().int().min(2022).max(2100).optional().describe('年份；不填为当年'),
    }),
  },
);
