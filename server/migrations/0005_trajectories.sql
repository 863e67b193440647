CREATE TYPE "public"."trajectory_catalogue_item_kind" AS ENUM('course', 'module');--> statement-breakpoint
CREATE TYPE "public"."trajectory_cost_decision" AS ENUM('approved', 'declined');--> statement-breakpoint
CREATE TYPE "public"."trajectory_evidence_kind" AS ENUM('student-evaluation', 'observation-own-teaching', 'observation-of-colleague', 'teaching-material', 'assessment-material', 'schooling-certificate', 'other');--> statement-breakpoint
CREATE TYPE "public"."trajectory_hand_in_role" AS ENUM('portfolio', 'appendices', 'combined');--> statement-breakpoint
CREATE TYPE "public"."trajectory_payer" AS ENUM('teacher', 'division');--> statement-breakpoint
CREATE TYPE "public"."trajectory_qualification" AS ENUM('BKO', 'UvO', 'KKO', 'SKO');--> statement-breakpoint
CREATE TYPE "public"."trajectory_route" AS ENUM('course', 'modules');--> statement-breakpoint
CREATE TYPE "public"."trajectory_state" AS ENUM('intake-requested', 'intake-planned', 'cost-approval-pending', 'cost-declined', 'schooling', 'portfolio-in-progress', 'draft-handed-in', 'feedback-given', 'revising', 'final-handed-in', 'awaiting-assessment', 'withdrawn', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."trajectory_verdict" AS ENUM('convincing', 'needs-work');--> statement-breakpoint
CREATE TYPE "public"."trajectory_version_kind" AS ENUM('draft', 'final');--> statement-breakpoint
CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"state" "trajectory_state" DEFAULT 'intake-requested' NOT NULL,
	"adviser_id" uuid,
	"requested_from" text NOT NULL,
	"requested_qualification" "trajectory_qualification",
	"request_message" text DEFAULT '' NOT NULL,
	"qualification" "trajectory_qualification",
	"intake_on" date,
	"route" "trajectory_route",
	"payer" "trajectory_payer",
	"expected_assessment_week" date,
	"notes" text DEFAULT '' NOT NULL,
	"costs" jsonb,
	"cost_decision" "trajectory_cost_decision",
	"cost_decision_reason" text,
	"cost_decided_by" uuid,
	"cost_decided_at" timestamp with time zone,
	"reason" text,
	"carried_over_from" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectories_plan_check" CHECK (("trajectories"."qualification" IS NULL) = ("trajectories"."intake_on" IS NULL) AND ("trajectories"."qualification" IS NULL) = ("trajectories"."route" IS NULL) AND ("trajectories"."qualification" IS NULL) = ("trajectories"."payer" IS NULL)),
	CONSTRAINT "trajectories_cost_decision_check" CHECK (("trajectories"."cost_decision" IS NULL) = ("trajectories"."cost_decided_at" IS NULL) AND ("trajectories"."cost_decision" IS DISTINCT FROM 'declined' OR "trajectories"."cost_decision_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "trajectory_assessment_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"draft_deadline" date NOT NULL,
	"final_deadline" date NOT NULL,
	"qualifications" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_assessment_weeks_dates_check" CHECK ("trajectory_assessment_weeks"."draft_deadline" <= "trajectory_assessment_weeks"."final_deadline" AND "trajectory_assessment_weeks"."final_deadline" < "trajectory_assessment_weeks"."starts_on" AND "trajectory_assessment_weeks"."starts_on" <= "trajectory_assessment_weeks"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "trajectory_catalogue_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" "trajectory_catalogue_item_kind" NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL,
	"qualification" "trajectory_qualification",
	"price_cents" integer NOT NULL,
	CONSTRAINT "trajectory_catalogue_items_item_unique" UNIQUE("catalogue_id","item_id"),
	CONSTRAINT "trajectory_catalogue_items_price_check" CHECK ("trajectory_catalogue_items"."price_cents" >= 0),
	CONSTRAINT "trajectory_catalogue_items_course_check" CHECK (("trajectory_catalogue_items"."kind" = 'course') = ("trajectory_catalogue_items"."qualification" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "trajectory_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"assessment_prices" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_catalogues_institution_year_unique" UNIQUE("institution_id","year"),
	CONSTRAINT "trajectory_catalogues_year_check" CHECK ("trajectory_catalogues"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "trajectory_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" "trajectory_evidence_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"date" date,
	"carried_over_from_trajectory" uuid,
	"carried_over_from_qualification" "trajectory_qualification",
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_evidence_origin_check" CHECK (("trajectory_evidence"."carried_over_from_trajectory" IS NULL) = ("trajectory_evidence"."carried_over_from_qualification" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "trajectory_evidence_files" (
	"evidence_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "trajectory_evidence_files_evidence_id_file_id_pk" PRIMARY KEY("evidence_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "trajectory_feedback" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"verdict" "trajectory_verdict" NOT NULL,
	"overall" text NOT NULL,
	"sections" jsonb NOT NULL,
	"given_by" uuid NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_intake_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"location" text NOT NULL,
	"offered_by" uuid NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "trajectory_intake_offers_minutes_check" CHECK ("trajectory_intake_offers"."minutes" BETWEEN 5 AND 480)
);
--> statement-breakpoint
CREATE TABLE "trajectory_portfolios" (
	"trajectory_id" uuid PRIMARY KEY NOT NULL,
	"qualification" "trajectory_qualification" NOT NULL,
	"template_valid_from" date NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_requirement_settings" (
	"institution_id" uuid NOT NULL,
	"qualification" "trajectory_qualification" NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_requirement_settings_institution_id_qualification_pk" PRIMARY KEY("institution_id","qualification")
);
--> statement-breakpoint
CREATE TABLE "trajectory_schooling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"catalogue_item_id" text,
	"kind" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL,
	"provider" text,
	"price_cents" integer NOT NULL,
	"completed_on" date,
	"certificate_evidence_id" uuid,
	CONSTRAINT "trajectory_schooling_position_unique" UNIQUE("trajectory_id","position"),
	CONSTRAINT "trajectory_schooling_kind_check" CHECK ("trajectory_schooling"."kind" IN ('course', 'module', 'elsewhere')),
	CONSTRAINT "trajectory_schooling_price_check" CHECK ("trajectory_schooling"."price_cents" >= 0),
	CONSTRAINT "trajectory_schooling_certificate_check" CHECK ("trajectory_schooling"."certificate_evidence_id" IS NULL OR "trajectory_schooling"."completed_on" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "trajectory_version_files" (
	"version_id" uuid NOT NULL,
	"role" "trajectory_hand_in_role" NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "trajectory_version_files_version_id_role_pk" PRIMARY KEY("version_id","role")
);
--> statement-breakpoint
CREATE TABLE "trajectory_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" "trajectory_version_kind" NOT NULL,
	"template_valid_from" date NOT NULL,
	"snapshot" jsonb NOT NULL,
	"checklist" jsonb NOT NULL,
	"handed_in_by" uuid NOT NULL,
	"handed_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_versions_number_unique" UNIQUE("trajectory_id","number"),
	CONSTRAINT "trajectory_versions_number_check" CHECK ("trajectory_versions"."number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "trajectory_week_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"week_id" uuid NOT NULL,
	"signed_up_by" uuid NOT NULL,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_carried_over_from_trajectories_id_fk" FOREIGN KEY ("carried_over_from") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_catalogue_items" ADD CONSTRAINT "trajectory_catalogue_items_catalogue_id_trajectory_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."trajectory_catalogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evidence" ADD CONSTRAINT "trajectory_evidence_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evidence" ADD CONSTRAINT "trajectory_evidence_carried_over_from_trajectory_trajectories_id_fk" FOREIGN KEY ("carried_over_from_trajectory") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evidence_files" ADD CONSTRAINT "trajectory_evidence_files_evidence_id_trajectory_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."trajectory_evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evidence_files" ADD CONSTRAINT "trajectory_evidence_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_feedback" ADD CONSTRAINT "trajectory_feedback_version_id_trajectory_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."trajectory_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_intake_offers" ADD CONSTRAINT "trajectory_intake_offers_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_portfolios" ADD CONSTRAINT "trajectory_portfolios_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_schooling" ADD CONSTRAINT "trajectory_schooling_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_schooling" ADD CONSTRAINT "trajectory_schooling_certificate_evidence_id_trajectory_evidence_id_fk" FOREIGN KEY ("certificate_evidence_id") REFERENCES "public"."trajectory_evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_version_files" ADD CONSTRAINT "trajectory_version_files_version_id_trajectory_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."trajectory_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_version_files" ADD CONSTRAINT "trajectory_version_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_versions" ADD CONSTRAINT "trajectory_versions_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_week_signups" ADD CONSTRAINT "trajectory_week_signups_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_week_signups" ADD CONSTRAINT "trajectory_week_signups_week_id_trajectory_assessment_weeks_id_fk" FOREIGN KEY ("week_id") REFERENCES "public"."trajectory_assessment_weeks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectories_institution_state_idx" ON "trajectories" USING btree ("institution_id","state");--> statement-breakpoint
CREATE INDEX "trajectories_teacher_idx" ON "trajectories" USING btree ("teacher_id");--> statement-breakpoint
CREATE INDEX "trajectories_adviser_idx" ON "trajectories" USING btree ("adviser_id");--> statement-breakpoint
CREATE INDEX "trajectory_assessment_weeks_institution_idx" ON "trajectory_assessment_weeks" USING btree ("institution_id","starts_on");--> statement-breakpoint
CREATE INDEX "trajectory_evidence_trajectory_idx" ON "trajectory_evidence" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "trajectory_evidence_files_file_idx" ON "trajectory_evidence_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "trajectory_intake_offers_trajectory_idx" ON "trajectory_intake_offers" USING btree ("trajectory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_week_signups_current_idx" ON "trajectory_week_signups" USING btree ("trajectory_id") WHERE "trajectory_week_signups"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX "trajectory_week_signups_week_idx" ON "trajectory_week_signups" USING btree ("week_id");--> statement-breakpoint
-- A handed-in version and the feedback on it never change and are never removed: the teacher, the adviser
-- and later the assessors must all see what was handed in and said. Enforced here so no code path can forget.
CREATE FUNCTION trajectory_rows_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows cannot be changed or removed', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER trajectory_versions_immutable
  BEFORE UPDATE OR DELETE ON trajectory_versions
  FOR EACH ROW EXECUTE FUNCTION trajectory_rows_immutable();
--> statement-breakpoint
CREATE TRIGGER trajectory_feedback_immutable
  BEFORE UPDATE OR DELETE ON trajectory_feedback
  FOR EACH ROW EXECUTE FUNCTION trajectory_rows_immutable();
