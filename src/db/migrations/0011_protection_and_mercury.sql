CREATE TABLE "ppe_distributions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"distributed_on" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ppe_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "ppe_items_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "ppe_stock_movements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"quantity" integer NOT NULL,
	"moved_on" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"distribution_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ppe_stock_movements_kind" CHECK (kind IN ('received', 'distributed')),
	CONSTRAINT "ppe_stock_movements_quantity" CHECK (quantity > 0),
	CONSTRAINT "ppe_stock_movements_line" CHECK ((kind = 'distributed') = (distribution_id IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "mercury_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"sample_type" text NOT NULL,
	"unit" text NOT NULL,
	"value" numeric NOT NULL,
	"sampled_on" date NOT NULL,
	"laboratory" text NOT NULL,
	"method" text NOT NULL,
	"symptoms" text[] DEFAULT '{}'::text[] NOT NULL,
	"classification" text NOT NULL,
	"reference_used" numeric NOT NULL,
	"alert_used" numeric NOT NULL,
	"follow_up" boolean NOT NULL,
	"next_due_on" date,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mercury_evaluations_value" CHECK (value >= 0),
	CONSTRAINT "mercury_evaluations_class" CHECK (classification IN ('below_reference', 'above_reference', 'above_alert'))
);
--> statement-breakpoint
CREATE TABLE "mercury_thresholds" (
	"key" text PRIMARY KEY NOT NULL,
	"sample_type" text NOT NULL,
	"unit" text NOT NULL,
	"reference" numeric NOT NULL,
	"alert" numeric NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mercury_thresholds_order" CHECK (reference >= 0 AND alert > reference)
);
--> statement-breakpoint
ALTER TABLE "ppe_distributions" ADD CONSTRAINT "ppe_distributions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppe_distributions" ADD CONSTRAINT "ppe_distributions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppe_stock_movements" ADD CONSTRAINT "ppe_stock_movements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppe_stock_movements" ADD CONSTRAINT "ppe_stock_movements_item_id_ppe_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."ppe_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppe_stock_movements" ADD CONSTRAINT "ppe_stock_movements_distribution_id_ppe_distributions_id_fk" FOREIGN KEY ("distribution_id") REFERENCES "public"."ppe_distributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mercury_evaluations" ADD CONSTRAINT "mercury_evaluations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mercury_evaluations" ADD CONSTRAINT "mercury_evaluations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ppe_distributions_person_idx" ON "ppe_distributions" USING btree ("person_id","distributed_on");--> statement-breakpoint
CREATE INDEX "ppe_distributions_org_idx" ON "ppe_distributions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "ppe_stock_movements_org_item_idx" ON "ppe_stock_movements" USING btree ("organisation_id","item_id");--> statement-breakpoint
CREATE INDEX "ppe_stock_movements_distribution_idx" ON "ppe_stock_movements" USING btree ("distribution_id");--> statement-breakpoint
CREATE INDEX "mercury_evaluations_person_idx" ON "mercury_evaluations" USING btree ("person_id","sampled_on");--> statement-breakpoint
CREATE INDEX "mercury_evaluations_due_idx" ON "mercury_evaluations" USING btree ("next_due_on");--> statement-breakpoint
INSERT INTO "ppe_items" ("id", "key", "name") VALUES
	('01900000-0000-7000-8000-00000000e001', 'helmet', 'Casco'),
	('01900000-0000-7000-8000-00000000e002', 'gloves', 'Guantes'),
	('01900000-0000-7000-8000-00000000e003', 'goggles', 'Lentes de protección'),
	('01900000-0000-7000-8000-00000000e004', 'respirator', 'Respirador o mascarilla'),
	('01900000-0000-7000-8000-00000000e005', 'boots', 'Botas'),
	('01900000-0000-7000-8000-00000000e006', 'hi_vis_vest', 'Chaleco de alta visibilidad'),
	('01900000-0000-7000-8000-00000000e007', 'other', 'Otro')
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "mercury_thresholds" ("key", "sample_type", "unit", "reference", "alert", "source") VALUES
	('blood_ug_l', 'blood', 'ug_l', 5, 15, 'German HBM Commission, HBM-I and HBM-II for mercury in blood (adults)'),
	('urine_ug_l', 'urine', 'ug_l', 7, 25, 'German HBM Commission, HBM-I and HBM-II for mercury in urine'),
	('urine_ug_g_creatinine', 'urine', 'ug_g_creatinine', 5, 20, 'German HBM Commission, HBM-I and HBM-II for mercury in urine (per gram creatinine)'),
	('hair_ug_g', 'hair', 'ug_g', 1, 10, 'UNEP/WHO 2008 guidance: about 1 µg/g reference; 10 µg/g alert level')
ON CONFLICT DO NOTHING;--> statement-breakpoint
COMMENT ON COLUMN "ppe_stock_movements"."kind" IS 'received (stock in) or distributed (one line of a distribution); on hand = received - distributed, never negative';--> statement-breakpoint
COMMENT ON COLUMN "mercury_evaluations"."classification" IS 'screening class against the thresholds in force when recorded (reference_used, alert_used), not a diagnosis';--> statement-breakpoint
COMMENT ON TABLE "mercury_evaluations" IS 'sensitive health data: individual rows are read by health workers and the person herself only, every read audited';
