CREATE TABLE "survey_forms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"form_key" text NOT NULL,
	"version" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"source_file" text NOT NULL,
	"organisation_id" uuid,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"form_id" uuid NOT NULL,
	"response_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_forms" ADD CONSTRAINT "survey_forms_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_form_id_survey_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."survey_forms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_forms_key_version_idx" ON "survey_forms" USING btree ("form_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_form_key_idx" ON "survey_responses" USING btree ("form_id","response_key");