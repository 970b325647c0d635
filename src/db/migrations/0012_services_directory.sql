CREATE TABLE "service_points" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text,
	"address_confidential" boolean DEFAULT false NOT NULL,
	"district" text,
	"lat" double precision,
	"lon" double precision,
	"coordinates_note" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours" text,
	"languages" text[] DEFAULT '{es}'::text[] NOT NULL,
	"notes" text,
	"last_verified_on" date,
	"source" text NOT NULL,
	"is_edited" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "service_points_kind" CHECK (kind IN ('cem', 'line_100', 'police', 'health', 'shelter', 'legal_aid', 'network_contact', 'other')),
	CONSTRAINT "service_points_district_format" CHECK (district IS NULL OR district ~ '^[0-9]{6}$'),
	CONSTRAINT "service_points_coordinates" CHECK ((lat IS NULL) = (lon IS NULL)),
	CONSTRAINT "service_points_in_peru" CHECK (lat IS NULL OR (lat BETWEEN -18.5 AND 0.1 AND lon BETWEEN -81.5 AND -68.5)),
	CONSTRAINT "service_points_confidential" CHECK (NOT address_confidential OR (address IS NULL AND lat IS NULL))
);
--> statement-breakpoint
CREATE INDEX "service_points_district_idx" ON "service_points" USING btree ("district");--> statement-breakpoint
CREATE INDEX "service_points_kind_idx" ON "service_points" USING btree ("kind");--> statement-breakpoint
COMMENT ON COLUMN "service_points"."district" IS 'UBIGEO of the district, no foreign key: MIMP lists one code (160405) missing from INEI 2025; nearest lookup falls back to province, then department';--> statement-breakpoint
COMMENT ON COLUMN "service_points"."coordinates_note" IS 'Why coordinates are missing or were discarded (e.g. more than 25 km from the district capital in the source)';--> statement-breakpoint
COMMENT ON COLUMN "service_points"."address_confidential" IS 'Shelters: address withheld and no coordinates kept';--> statement-breakpoint
COMMENT ON COLUMN "service_points"."is_edited" IS 'Set when a person edits a shipped row; the seed never overwrites edited rows';
