CREATE TYPE "public"."qualification_code" AS ENUM('BKO', 'UvO', 'KKO', 'SKO');--> statement-breakpoint
CREATE TABLE "qualification_teaching_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"profile" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualification_teaching_profiles_person_institution_unique" UNIQUE("person_id","institution_id"),
	CONSTRAINT "qualification_teaching_profiles_confirmation_check" CHECK (("qualification_teaching_profiles"."confirmed_by" IS NULL) = ("qualification_teaching_profiles"."confirmed_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "qualifications_earned" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"code" "qualification_code" NOT NULL,
	"earned_on" date NOT NULL,
	"issuer" text NOT NULL,
	"institution_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualifications_earned_person_code_unique" UNIQUE("person_id","code")
);
--> statement-breakpoint
ALTER TABLE "qualification_policy_versions" ADD COLUMN "based_on" uuid;--> statement-breakpoint
ALTER TABLE "qualification_policy_versions" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "qualification_policy_versions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "qualification_teaching_profiles_institution_idx" ON "qualification_teaching_profiles" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qualification_policies_institution_slug_idx" ON "qualification_policies" USING btree ("institution_slug");