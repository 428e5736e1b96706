ALTER TABLE "vacancies" ADD COLUMN "tokens" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED;--> statement-breakpoint
CREATE INDEX "vacancies_tsv_idx" ON "vacancies" USING gin ("tsv");