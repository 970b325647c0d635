CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"organisation_id" uuid,
	"given_on" date NOT NULL,
	"withdrawn_on" date,
	"method" text NOT NULL,
	"witness_name" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_sharing_names_organisation" CHECK (purpose <> 'sharing' OR organisation_id IS NOT NULL),
	CONSTRAINT "consents_withdrawn_after_given" CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
--> statement-breakpoint
CREATE TABLE "duplicate_candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_a" uuid NOT NULL,
	"person_b" uuid NOT NULL,
	"score" numeric NOT NULL,
	"reasons" text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duplicate_candidates_ordered" CHECK (person_a < person_b)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_dates" CHECK (to_date IS NULL OR to_date >= from_date)
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"id_type" text NOT NULL,
	"id_number" text,
	"id_none_reason" text,
	"given_names" text NOT NULL,
	"paternal_surname" text NOT NULL,
	"maternal_surname" text DEFAULT '' NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date,
	"phone" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"district" text,
	"profiles" text[] NOT NULL,
	"miner_position" text,
	"head_of_household" boolean,
	"single_parent" boolean,
	"dependants" integer,
	"literacy" text,
	"education_level" text,
	"reinfo_code" text,
	"reinfo_status" text,
	"recpo_code" text,
	"selectors_registry_code" text,
	"selectors_registry_region" text,
	"ruc" text,
	"full_name_key" text NOT NULL,
	"merged_into_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_id_document" CHECK ((id_type = 'none' AND id_number IS NULL) OR (id_type <> 'none' AND id_number IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "person_match_keys" (
	"key" text NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "person_match_keys_key_person_id_pk" PRIMARY KEY("key","person_id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "ruc" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "district" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "mercury_free" boolean;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "gender_equity_statutes" boolean;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "statutes_registered_on" date;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_person_a_people_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_person_b_people_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_district_places_code_fk" FOREIGN KEY ("district") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_into_id_people_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_keys" ADD CONSTRAINT "person_match_keys_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "consents" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_candidates_pair" ON "duplicate_candidates" USING btree ("person_a","person_b");--> statement-breakpoint
CREATE INDEX "duplicate_candidates_status_idx" ON "duplicate_candidates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "memberships_person_idx" ON "memberships" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_dni_unique" ON "people" USING btree ("id_number") WHERE id_type = 'dni' AND merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX "people_full_name_trgm" ON "people" USING gin ("full_name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_district_idx" ON "people" USING btree ("district");--> statement-breakpoint
CREATE INDEX "people_phone_idx" ON "people" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "person_match_keys_person_idx" ON "person_match_keys" USING btree ("person_id");