CREATE TYPE "public"."register_activity_decision" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."register_activity_kind" AS ENUM('1', '2', '3', '4', '5.1a', '5.1b', '5.1c', '5.1d', '5.1e', '5.2a', '5.2b', '5.2c', '5.2d', '5.3a', '5.3b', '5.3c', '5.4a', '5.4b', '5.4c', '5.4d', '5.4e', '5.5a', '5.5b', '6.1a', '6.1b', '6.1c', '6.1d', '6.1e', '6.2a', '6.2b', '6.2c', '6.2d', '6.2e', '6.2f', '6.3a', '6.3b', '6.4a', '6.4b', '6.4c', '6.4d', '6.4e', '6.5a', '6.5b', '7.1a', '7.1b', '7.2a', '7.2b', '7.3a', '7.4a', '7.4b', '7.4c', '7.4d', '7.5a', '7.5b', '7.5c', '7.6a', '7.6b', 'first-aid', 'english-course');--> statement-breakpoint
CREATE TYPE "public"."register_attendance_match" AS ENUM('email', 'register-number');--> statement-breakpoint
CREATE TYPE "public"."register_audit_outcome" AS ENUM('approved', 'not-approved');--> statement-breakpoint
CREATE TYPE "public"."register_content_kind" AS ENUM('subject', 'didactic', 'pedagogical', 'general');--> statement-breakpoint
CREATE TYPE "public"."register_delivery" AS ENUM('contact', 'online', 'mostly-self-study');--> statement-breakpoint
CREATE TYPE "public"."register_level" AS ENUM('bachelor-or-higher', 'below-bachelor');--> statement-breakpoint
CREATE TYPE "public"."register_review_status" AS ENUM('drawn', 'in-review', 'notified', 'responded', 'closed');--> statement-breakpoint
CREATE TYPE "public"."register_sector" AS ENUM('po', 'vo', 'mbo', 'so');--> statement-breakpoint
CREATE TABLE "register_accreditation_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid,
	"provider_activity_id" uuid,
	"scheme" text NOT NULL,
	"points_tenths" integer NOT NULL,
	CONSTRAINT "register_accreditation_points_activity_unique" UNIQUE("activity_id","scheme"),
	CONSTRAINT "register_accreditation_points_provider_unique" UNIQUE("provider_activity_id","scheme"),
	CONSTRAINT "register_accreditation_points_owner_check" CHECK (num_nonnulls("register_accreditation_points"."activity_id", "register_accreditation_points"."provider_activity_id") = 1),
	CONSTRAINT "register_accreditation_points_check" CHECK ("register_accreditation_points"."points_tenths" >= 0)
);
--> statement-breakpoint
CREATE TABLE "register_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "register_activity_kind" NOT NULL,
	"other_description" text,
	"title" text NOT NULL,
	"start_date" date,
	"date" date NOT NULL,
	"hours_tenths" integer NOT NULL,
	"content" "register_content_kind" NOT NULL,
	"level" "register_level" DEFAULT 'bachelor-or-higher' NOT NULL,
	"relevance" text,
	"description" text,
	"application" text,
	"half_days" integer,
	"words" integer,
	"committee" text,
	"delivery" "register_delivery" DEFAULT 'contact' NOT NULL,
	"test_passed" boolean DEFAULT false NOT NULL,
	"provider_activity_id" uuid,
	"locked_by_review_id" uuid,
	"locked_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_activities_person_provider_activity_unique" UNIQUE("person_id","provider_activity_id"),
	CONSTRAINT "register_activities_hours_check" CHECK ("register_activities"."hours_tenths" >= 0),
	CONSTRAINT "register_activities_dates_check" CHECK ("register_activities"."start_date" IS NULL OR "register_activities"."start_date" <= "register_activities"."date"),
	CONSTRAINT "register_activities_level_check" CHECK ("register_activities"."level" = 'bachelor-or-higher' OR "register_activities"."relevance" IS NOT NULL),
	CONSTRAINT "register_activities_test_check" CHECK ("register_activities"."delivery" = 'contact' OR "register_activities"."test_passed"),
	CONSTRAINT "register_activities_counts_check" CHECK (("register_activities"."half_days" IS NULL OR "register_activities"."half_days" >= 1) AND ("register_activities"."words" IS NULL OR "register_activities"."words" >= 0)),
	CONSTRAINT "register_activities_lock_check" CHECK (("register_activities"."locked_by_review_id" IS NULL) = ("register_activities"."locked_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "register_attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_activity_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"matched_by" "register_attendance_match" NOT NULL,
	"matched_value" text NOT NULL,
	"certificate_file_id" uuid,
	"registered_by" uuid NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_attendances_activity_person_unique" UNIQUE("provider_activity_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "register_audit_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"decision" "register_activity_decision" NOT NULL,
	"reason" text,
	"rule" text,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_audit_decisions_review_activity_unique" UNIQUE("review_id","activity_id"),
	CONSTRAINT "register_audit_decisions_reason_check" CHECK ("register_audit_decisions"."decision" = 'accepted' OR "register_audit_decisions"."reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "register_audit_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"unit_id" uuid,
	"period_end_from" date NOT NULL,
	"period_end_to" date NOT NULL,
	"sample_percentage" integer,
	"sample_count" integer,
	"seed" text NOT NULL,
	"population_size" integer NOT NULL,
	"drawn_by" uuid NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_audit_draws_window_check" CHECK ("register_audit_draws"."period_end_from" <= "register_audit_draws"."period_end_to"),
	CONSTRAINT "register_audit_draws_size_check" CHECK (("register_audit_draws"."sample_percentage" IS NULL) <> ("register_audit_draws"."sample_count" IS NULL)
        AND ("register_audit_draws"."sample_percentage" IS NULL OR "register_audit_draws"."sample_percentage" BETWEEN 1 AND 100)
        AND ("register_audit_draws"."sample_count" IS NULL OR "register_audit_draws"."sample_count" >= 1)
        AND "register_audit_draws"."population_size" >= 0)
);
--> statement-breakpoint
CREATE TABLE "register_audit_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"period_end" date NOT NULL,
	"status" "register_review_status" DEFAULT 'drawn' NOT NULL,
	"auditor_id" uuid,
	"notified_at" timestamp with time zone,
	"response" text,
	"responded_at" timestamp with time zone,
	"outcome" "register_audit_outcome",
	"outcome_reason" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_audit_reviews_draw_position_unique" UNIQUE("draw_id","position"),
	CONSTRAINT "register_audit_reviews_draw_person_unique" UNIQUE("draw_id","person_id"),
	CONSTRAINT "register_audit_reviews_position_check" CHECK ("register_audit_reviews"."position" >= 1),
	CONSTRAINT "register_audit_reviews_response_check" CHECK (("register_audit_reviews"."response" IS NULL) = ("register_audit_reviews"."responded_at" IS NULL)),
	CONSTRAINT "register_audit_reviews_closed_check" CHECK (("register_audit_reviews"."status" = 'closed') = ("register_audit_reviews"."closed_at" IS NOT NULL)
        AND ("register_audit_reviews"."closed_at" IS NULL) = ("register_audit_reviews"."outcome" IS NULL)
        AND ("register_audit_reviews"."closed_at" IS NULL) = ("register_audit_reviews"."closed_by" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "register_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_evidence_file_unique" UNIQUE("file_id")
);
--> statement-breakpoint
CREATE TABLE "register_provider_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" "register_activity_kind" NOT NULL,
	"content" "register_content_kind" NOT NULL,
	"start_date" date,
	"date" date NOT NULL,
	"recognised_tenths" integer NOT NULL,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_provider_activities_number_unique" UNIQUE("number"),
	CONSTRAINT "register_provider_activities_tenths_check" CHECK ("register_provider_activities"."recognised_tenths" >= 0),
	CONSTRAINT "register_provider_activities_dates_check" CHECK ("register_provider_activities"."start_date" IS NULL OR "register_provider_activities"."start_date" <= "register_provider_activities"."date"),
	CONSTRAINT "register_provider_activities_withdrawn_check" CHECK ("register_provider_activities"."withdrawn_at" IS NULL OR "register_provider_activities"."published_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "register_teacher_settings" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"sector" "register_sector" NOT NULL,
	"pe_teacher" boolean DEFAULT false NOT NULL,
	"bilingual_school" boolean DEFAULT false NOT NULL,
	"register_number" text,
	"period_end" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_teacher_settings_register_number_unique" UNIQUE("register_number")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"media_type" text NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_size_check" CHECK ("stored_files"."size" > 0 AND "stored_files"."size" = octet_length("stored_files"."content")),
	CONSTRAINT "stored_files_sha256_check" CHECK ("stored_files"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "register_accreditation_points" ADD CONSTRAINT "register_accreditation_points_activity_id_register_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."register_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_accreditation_points" ADD CONSTRAINT "register_accreditation_points_provider_activity_id_register_provider_activities_id_fk" FOREIGN KEY ("provider_activity_id") REFERENCES "public"."register_provider_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_activities" ADD CONSTRAINT "register_activities_provider_activity_id_register_provider_activities_id_fk" FOREIGN KEY ("provider_activity_id") REFERENCES "public"."register_provider_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_activities" ADD CONSTRAINT "register_activities_locked_by_review_id_register_audit_reviews_id_fk" FOREIGN KEY ("locked_by_review_id") REFERENCES "public"."register_audit_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_attendances" ADD CONSTRAINT "register_attendances_provider_activity_id_register_provider_activities_id_fk" FOREIGN KEY ("provider_activity_id") REFERENCES "public"."register_provider_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_attendances" ADD CONSTRAINT "register_attendances_certificate_file_id_stored_files_id_fk" FOREIGN KEY ("certificate_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_audit_decisions" ADD CONSTRAINT "register_audit_decisions_review_id_register_audit_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."register_audit_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_audit_decisions" ADD CONSTRAINT "register_audit_decisions_activity_id_register_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."register_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_audit_reviews" ADD CONSTRAINT "register_audit_reviews_draw_id_register_audit_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."register_audit_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_evidence" ADD CONSTRAINT "register_evidence_activity_id_register_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."register_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_evidence" ADD CONSTRAINT "register_evidence_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "register_activities_person_idx" ON "register_activities" USING btree ("person_id","date");--> statement-breakpoint
CREATE INDEX "register_activities_review_idx" ON "register_activities" USING btree ("locked_by_review_id");--> statement-breakpoint
CREATE INDEX "register_attendances_person_idx" ON "register_attendances" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "register_audit_draws_institution_idx" ON "register_audit_draws" USING btree ("institution_id","drawn_at");--> statement-breakpoint
CREATE INDEX "register_audit_reviews_person_idx" ON "register_audit_reviews" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "register_audit_reviews_auditor_idx" ON "register_audit_reviews" USING btree ("auditor_id");--> statement-breakpoint
CREATE INDEX "register_evidence_activity_idx" ON "register_evidence" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "register_provider_activities_institution_idx" ON "register_provider_activities" USING btree ("institution_id","date");--> statement-breakpoint
CREATE INDEX "register_teacher_settings_period_end_idx" ON "register_teacher_settings" USING btree ("period_end");--> statement-breakpoint
CREATE INDEX "stored_files_uploaded_by_idx" ON "stored_files" USING btree ("uploaded_by");