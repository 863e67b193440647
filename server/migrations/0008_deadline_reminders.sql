CREATE TABLE "trajectory_reminders_sent" (
	"trajectory_id" uuid NOT NULL,
	"deadline" "trajectory_version_kind" NOT NULL,
	"deadline_on" date NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_reminders_sent_pk" PRIMARY KEY("trajectory_id","deadline","deadline_on","days_before"),
	CONSTRAINT "trajectory_reminders_sent_days_check" CHECK ("trajectory_reminders_sent"."days_before" IN (1, 7))
);
--> statement-breakpoint
ALTER TABLE "trajectory_reminders_sent" ADD CONSTRAINT "trajectory_reminders_sent_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_open_intake_request_idx" ON "trajectories" USING btree ("teacher_id","institution_id") WHERE "trajectories"."state" IN ('intake-requested', 'intake-planned') AND "trajectories"."qualification" IS NULL;