CREATE TABLE "training_attendance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_session_person" UNIQUE("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "training_certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"issued_on" date NOT NULL,
	"modules_attended" integer NOT NULL,
	"modules_total" integer NOT NULL,
	"issued_by" uuid,
	"issuer_organisation_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"verify_reads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "training_certificates_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"enrolled_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_programme_id_person_id_pk" PRIMARY KEY("programme_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "training_modules_position" UNIQUE("programme_id","position")
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_key" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"min_module_share" numeric(4, 3) DEFAULT 0.75 NOT NULL,
	"organisation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "training_programmes_template_key_unique" UNIQUE("template_key"),
	CONSTRAINT "training_programmes_share" CHECK (min_module_share > 0 AND min_module_share <= 1)
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"district" text,
	"place" text DEFAULT '' NOT NULL,
	"facilitator" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_issuer_organisation_id_organisations_id_fk" FOREIGN KEY ("issuer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_district_places_code_fk" FOREIGN KEY ("district") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_attendance_person_idx" ON "training_attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_certificates_person_idx" ON "training_certificates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_certificates_issued_on_idx" ON "training_certificates" USING btree ("issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_one_valid" ON "training_certificates" USING btree ("person_id","programme_id") WHERE voided_at IS NULL;--> statement-breakpoint
CREATE INDEX "training_enrolments_person_idx" ON "training_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_idx" ON "training_sessions" USING btree ("programme_id","held_on");--> statement-breakpoint
CREATE INDEX "training_sessions_held_on_idx" ON "training_sessions" USING btree ("held_on");--> statement-breakpoint
COMMENT ON COLUMN training_programmes.min_module_share IS 'completion rule: share of the programme''s modules a person must have attended (0.75: three in four)';--> statement-breakpoint
COMMENT ON COLUMN training_programmes.template_key IS 'key of the shipped template (data/programmes) this programme was loaded from; loading again updates it';--> statement-breakpoint
COMMENT ON COLUMN training_attendance.id IS 'made by the client that took the attendance, so a resend records once';--> statement-breakpoint
COMMENT ON COLUMN training_certificates.code IS 'random 100-bit Crockford base-32 code read by the public /verify page';
