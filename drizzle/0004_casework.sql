CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"to_staff_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"counsellor_id" uuid,
	"seeker_message_id" uuid,
	"text" text NOT NULL,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tool_calls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retrieved" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"grounding" jsonb,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model" text,
	"prompt_version" text,
	"latency_ms" integer,
	"status" text NOT NULL,
	"sent_message_id" uuid,
	"edit_ratio" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seeker_id" uuid NOT NULL,
	"counsellor_id" uuid,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"reason" text NOT NULL,
	"clause_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"first_found_on" date NOT NULL,
	"last_found_on" date NOT NULL,
	"cleared_on" date,
	"acted_by" uuid,
	"acted_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_to_staff_id_staff_users_id_fk" FOREIGN KEY ("to_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_drafts" ADD CONSTRAINT "copilot_drafts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_drafts" ADD CONSTRAINT "copilot_drafts_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_drafts" ADD CONSTRAINT "copilot_drafts_counsellor_id_staff_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_drafts" ADD CONSTRAINT "copilot_drafts_seeker_message_id_messages_id_fk" FOREIGN KEY ("seeker_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_drafts" ADD CONSTRAINT "copilot_drafts_sent_message_id_messages_id_fk" FOREIGN KEY ("sent_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_items" ADD CONSTRAINT "outreach_items_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_items" ADD CONSTRAINT "outreach_items_counsellor_id_staff_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_items" ADD CONSTRAINT "outreach_items_acted_by_staff_users_id_fk" FOREIGN KEY ("acted_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "copilot_drafts_case_idx" ON "copilot_drafts" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_items_once_idx" ON "outreach_items" USING btree ("seeker_id","kind","code");--> statement-breakpoint
CREATE INDEX "outreach_items_counsellor_idx" ON "outreach_items" USING btree ("counsellor_id","status");