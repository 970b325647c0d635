CREATE TABLE "referral_break_glass" (
	"id" uuid PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "referral_break_glass_reason" CHECK (length(trim(reason)) >= 20)
);
--> statement-breakpoint
CREATE TABLE "referral_follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"happened_on" date NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "referral_notifications_kind" CHECK (kind IN ('break_glass'))
);
--> statement-breakpoint
CREATE TABLE "referral_services" (
	"referral_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"service_point_id" uuid,
	CONSTRAINT "referral_services_referral_id_position_pk" PRIMARY KEY("referral_id","position")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid,
	"anonymous_code" text,
	"incident_type" text NOT NULL,
	"incident_on" date NOT NULL,
	"district" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"case_worker_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"consent_on" date,
	"consent_method" text,
	"override_reason" text,
	"override_by" uuid,
	"closing_reason" text,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_survivor" CHECK ((person_id IS NULL) <> (anonymous_code IS NULL)),
	CONSTRAINT "referrals_type" CHECK (incident_type IN ('rape', 'sexual_assault', 'physical_assault', 'forced_marriage', 'denial_of_resources', 'psychological_abuse')),
	CONSTRAINT "referrals_district_format" CHECK (district ~ '^[0-9]{6}$'),
	CONSTRAINT "referrals_status" CHECK (status IN ('open', 'in_progress', 'closed')),
	CONSTRAINT "referrals_consent_method" CHECK (consent_method IS NULL OR consent_method IN ('verbal', 'written', 'thumbprint')),
	CONSTRAINT "referrals_consent" CHECK ((consent_on IS NOT NULL AND consent_method IS NOT NULL) OR (override_reason IS NOT NULL AND override_by IS NOT NULL)),
	CONSTRAINT "referrals_closed" CHECK ((status = 'closed') = (closing_reason IS NOT NULL AND closed_at IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "totp_factors" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_step" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_break_glass" ADD CONSTRAINT "referral_break_glass_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_break_glass" ADD CONSTRAINT "referral_break_glass_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_follow_ups" ADD CONSTRAINT "referral_follow_ups_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_follow_ups" ADD CONSTRAINT "referral_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_notifications" ADD CONSTRAINT "referral_notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_notifications" ADD CONSTRAINT "referral_notifications_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_services" ADD CONSTRAINT "referral_services_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_services" ADD CONSTRAINT "referral_services_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_worker_id_users_id_fk" FOREIGN KEY ("case_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_by_users_id_fk" FOREIGN KEY ("override_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "totp_factors" ADD CONSTRAINT "totp_factors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_break_glass_referral_idx" ON "referral_break_glass" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referral_follow_ups_referral_idx" ON "referral_follow_ups" USING btree ("referral_id","happened_on");--> statement-breakpoint
CREATE INDEX "referral_notifications_recipient_idx" ON "referral_notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_case_worker_idx" ON "referrals" USING btree ("case_worker_id");--> statement-breakpoint
CREATE INDEX "referrals_supervisor_idx" ON "referrals" USING btree ("supervisor_id");