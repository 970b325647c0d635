CREATE TABLE "income_statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"recipient_organisation_id" uuid,
	"consent_id" uuid,
	"language" text NOT NULL,
	"totals" jsonb NOT NULL,
	"issued_by" uuid,
	"issuer_organisation_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"verify_reads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "income_statements_code_unique" UNIQUE("code"),
	CONSTRAINT "income_statements_period" CHECK (period_to >= period_from)
);
--> statement-breakpoint
CREATE TABLE "ore_lots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"owner_person_id" uuid,
	"owner_organisation_id" uuid,
	"site_id" uuid,
	"season_from" date NOT NULL,
	"season_to" date,
	"bags" integer,
	"weight_kg" numeric(12, 3) NOT NULL,
	"weight_estimated" boolean NOT NULL,
	"kg_per_bag" numeric(8, 3),
	"grade_g_per_t" numeric(10, 3),
	"status" text NOT NULL,
	"sold_kg" numeric(12, 3) DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ore_lots_one_owner" CHECK ((owner_person_id IS NULL) <> (owner_organisation_id IS NULL)),
	CONSTRAINT "ore_lots_weight" CHECK (weight_kg > 0 AND sold_kg >= 0 AND sold_kg <= weight_kg),
	CONSTRAINT "ore_lots_season" CHECK (season_to IS NULL OR season_to >= season_from)
);
--> statement-breakpoint
CREATE TABLE "reference_prices" (
	"series" text NOT NULL,
	"on_date" date NOT NULL,
	"value" numeric(14, 4) NOT NULL,
	"period" text NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_prices_series_on_date_pk" PRIMARY KEY("series","on_date"),
	CONSTRAINT "reference_prices_series" CHECK (series IN ('gold_usd_per_oz', 'pen_per_usd')),
	CONSTRAINT "reference_prices_period" CHECK (period IN ('day', 'month')),
	CONSTRAINT "reference_prices_positive" CHECK (value > 0)
);
--> statement-breakpoint
CREATE TABLE "sale_lots" (
	"sale_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"weight_kg" numeric(12, 3) NOT NULL,
	CONSTRAINT "sale_lots_sale_id_lot_id_pk" PRIMARY KEY("sale_id","lot_id"),
	CONSTRAINT "sale_lots_weight" CHECK (weight_kg > 0)
);
--> statement-breakpoint
CREATE TABLE "sales" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sold_on" date NOT NULL,
	"seller_person_id" uuid,
	"seller_organisation_id" uuid,
	"buyer_organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"weight_kg" numeric(12, 3) NOT NULL,
	"grade_g_per_t" numeric(10, 3),
	"recovery" numeric(6, 5),
	"fine_gold_g" numeric(14, 3) NOT NULL,
	"fine_gold_given" boolean NOT NULL,
	"processing_fee_cents_per_t" bigint,
	"transport_cents" bigint,
	"other_deductions_cents" bigint,
	"deductions_cents" bigint NOT NULL,
	"paid_cents" bigint NOT NULL,
	"receipt_number" text,
	"gold_usd_per_oz" numeric(14, 4) NOT NULL,
	"gold_price_date" date NOT NULL,
	"pen_per_usd" numeric(10, 4) NOT NULL,
	"pen_per_usd_date" date NOT NULL,
	"price_stale" boolean NOT NULL,
	"reference_usd_cents" bigint NOT NULL,
	"reference_pen_cents" bigint NOT NULL,
	"net_reference_pen_cents" bigint NOT NULL,
	"floor95_pen_cents" bigint NOT NULL,
	"discount" numeric(9, 4),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_one_seller" CHECK ((seller_person_id IS NULL) <> (seller_organisation_id IS NULL)),
	CONSTRAINT "sales_paid_positive" CHECK (paid_cents > 0)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "recpo_code" text;--> statement-breakpoint
ALTER TABLE "income_statements" ADD CONSTRAINT "income_statements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_statements" ADD CONSTRAINT "income_statements_recipient_organisation_id_organisations_id_fk" FOREIGN KEY ("recipient_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_statements" ADD CONSTRAINT "income_statements_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_statements" ADD CONSTRAINT "income_statements_issuer_organisation_id_organisations_id_fk" FOREIGN KEY ("issuer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ore_lots" ADD CONSTRAINT "ore_lots_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ore_lots" ADD CONSTRAINT "ore_lots_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ore_lots" ADD CONSTRAINT "ore_lots_site_id_mining_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."mining_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_prices" ADD CONSTRAINT "reference_prices_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_lots" ADD CONSTRAINT "sale_lots_sale_id_sales_id_fk" FOREIGN KEY ("sale_id") REFERENCES "public"."sales"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_lots" ADD CONSTRAINT "sale_lots_lot_id_ore_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."ore_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_seller_person_id_people_id_fk" FOREIGN KEY ("seller_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_seller_organisation_id_organisations_id_fk" FOREIGN KEY ("seller_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_buyer_organisation_id_organisations_id_fk" FOREIGN KEY ("buyer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "income_statements_person_idx" ON "income_statements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "ore_lots_owner_person_idx" ON "ore_lots" USING btree ("owner_person_id");--> statement-breakpoint
CREATE INDEX "ore_lots_owner_organisation_idx" ON "ore_lots" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "sale_lots_lot_idx" ON "sale_lots" USING btree ("lot_id");--> statement-breakpoint
CREATE INDEX "sales_seller_person_idx" ON "sales" USING btree ("seller_person_id","sold_on");--> statement-breakpoint
CREATE INDEX "sales_seller_organisation_idx" ON "sales" USING btree ("seller_organisation_id","sold_on");--> statement-breakpoint
CREATE INDEX "sales_buyer_idx" ON "sales" USING btree ("buyer_organisation_id");