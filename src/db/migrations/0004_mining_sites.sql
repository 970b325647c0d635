CREATE TABLE "mining_sites" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"district" text,
	"lat" double precision,
	"lon" double precision,
	"concession_code" text,
	"operator_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mining_sites_coordinates" CHECK ((lat IS NULL) = (lon IS NULL))
);
--> statement-breakpoint
CREATE TABLE "selection_authorisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"document_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_authorisations_holder" CHECK ((person_id IS NULL) <> (organisation_id IS NULL)),
	CONSTRAINT "selection_authorisations_dates" CHECK (to_date IS NULL OR to_date >= from_date)
);
--> statement-breakpoint
ALTER TABLE "mining_sites" ADD CONSTRAINT "mining_sites_district_places_code_fk" FOREIGN KEY ("district") REFERENCES "public"."places"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mining_sites" ADD CONSTRAINT "mining_sites_operator_organisation_id_organisations_id_fk" FOREIGN KEY ("operator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_authorisations" ADD CONSTRAINT "selection_authorisations_site_id_mining_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."mining_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_authorisations" ADD CONSTRAINT "selection_authorisations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_authorisations" ADD CONSTRAINT "selection_authorisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mining_sites_district_idx" ON "mining_sites" USING btree ("district");--> statement-breakpoint
CREATE INDEX "selection_authorisations_site_idx" ON "selection_authorisations" USING btree ("site_id");