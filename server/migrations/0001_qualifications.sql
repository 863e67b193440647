CREATE TYPE "public"."policy_version_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "qualification_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"institution_slug" text,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification_policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" text NOT NULL,
	"version" text NOT NULL,
	"valid_from" date NOT NULL,
	"status" "policy_version_status" DEFAULT 'draft' NOT NULL,
	"document" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualification_policy_versions_version_unique" UNIQUE("policy_id","version"),
	CONSTRAINT "qualification_policy_versions_published_check" CHECK (("qualification_policy_versions"."status" = 'published') = ("qualification_policy_versions"."published_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "qualification_policy_versions" ADD CONSTRAINT "qualification_policy_versions_policy_id_qualification_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."qualification_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qualification_policy_versions_policy_idx" ON "qualification_policy_versions" USING btree ("policy_id","valid_from");