CREATE INDEX "seekers_counsellor_idx" ON "seekers" USING btree ("counsellor_id");--> statement-breakpoint
CREATE INDEX "case_events_to_staff_idx" ON "case_events" USING btree ("to_staff_id","case_id");--> statement-breakpoint
CREATE INDEX "cases_seeker_idx" ON "cases" USING btree ("seeker_id","assigned_to");