import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, embedding, tsvector, updatedAt } from './columns.ts';

/** A live vacancy, imported from a feed or by staff; upserted by (source, sourceId). */
export const vacancies = pgTable(
  'vacancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    employer: text('employer').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    district: text('district').notNull().default('渝北区'),
    street: text('street'),
    address: text('address'),
    educationMin: text('education_min'),
    majors: text('majors').array().notNull().default(sql`'{}'::text[]`),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    wageMin: integer('wage_min'),
    wageMax: integer('wage_max'),
    headcount: integer('headcount'),
    /** full_time | part_time | internship | grassroots | public_welfare */
    workType: text('work_type').notNull(),
    suitableGroups: text('suitable_groups').array().notNull().default(sql`'{}'::text[]`),
    excludedGroups: text('excluded_groups').array().notNull().default(sql`'{}'::text[]`),
    contact: text('contact'),
    postedOn: date('posted_on').notNull(),
    expiresOn: date('expires_on'),
    /** active | withdrawn */
    status: text('status').notNull().default('active'),
    /** Who withdrew it: `staff` (sticks across re-imports), `source` (the feed's own status), `missing` (left out of a snapshot import). */
    withdrawnBy: text('withdrawn_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    contentHash: text('content_hash').notNull(),
    /** The model that made `embedding`; a re-import with another model re-embeds. */
    embeddingModel: text('embedding_model').notNull().default(''),
    embedding: embedding().notNull(),
    /** Space-separated segmented words of the embedded text: the full-text candidates' input. */
    tokens: text('tokens').notNull().default(''),
    tsv: tsvector('tsv').generatedAlwaysAs(sql`to_tsvector('simple', tokens)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('vacancies_source_idx').on(t.source, t.sourceId),
    index('vacancies_active_idx').on(t.status, t.expiresOn),
    index('vacancies_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
    index('vacancies_tsv_idx').using('gin', t.tsv),
  ],
);
export type Vacancy = typeof vacancies.$inferSelect;

/** A training course or project (职业技能培训, 创业培训 GYB/SYB/IYB …). */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    provider: text('provider').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    category: text('category').notNull(),
    street: text('street'),
    address: text('address'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    subsidised: boolean('subsidised').notNull().default(false),
    fee: integer('fee'),
    seats: integer('seats'),
    contact: text('contact'),
    /** Groups the course is meant for (graduate, difficulty, …), as for vacancies. */
    suitableGroups: text('suitable_groups').array().notNull().default(sql`'{}'::text[]`),
    /** active | withdrawn */
    status: text('status').notNull().default('active'),
    /** staff | source | missing, as for vacancies. */
    withdrawnBy: text('withdrawn_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    contentHash: text('content_hash').notNull(),
    embeddingModel: text('embedding_model').notNull().default(''),
    embedding: embedding().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('training_courses_source_idx').on(t.source, t.sourceId),
    index('training_courses_active_idx').on(t.status, t.endsOn),
    index('training_courses_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
  ],
);
export type TrainingCourse = typeof trainingCourses.$inferSelect;
