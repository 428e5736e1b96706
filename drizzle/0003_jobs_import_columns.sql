ALTER TABLE "training_courses" ADD COLUMN "suitable_groups" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "embedding_model" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "embedding_model" text DEFAULT '' NOT NULL;