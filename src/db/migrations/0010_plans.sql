CREATE TABLE "plan_indicator_actuals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"indicator_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" numeric(16, 4) NOT NULL,
	"source" text NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(16, 4) NOT NULL,
	CONSTRAINT "plan_indicator_targets_indicator_id_year_pk" PRIMARY KEY("indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "plan_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" numeric(16, 4),
	"baseline_year" integer,
	"baseline_source" text,
	"live_query" jsonb,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_node_entities" (
	"node_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	CONSTRAINT "plan_node_entities_node_id_role_position_pk" PRIMARY KEY("node_id","role","position"),
	CONSTRAINT "plan_node_entities_role" CHECK (role IN ('responsible', 'involved'))
);
--> statement-breakpoint
CREATE TABLE "plan_nodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"level" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"start_date" date,
	"end_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_nodes_kind" CHECK (kind IN ('objective', 'result', 'action')),
	CONSTRAINT "plan_nodes_level" CHECK (level IN ('national', 'regional', 'local')),
	CONSTRAINT "plan_nodes_status" CHECK (status IN ('not_started', 'in_progress', 'done', 'blocked')),
	CONSTRAINT "plan_nodes_dates" CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
);
--> statement-breakpoint
CREATE TABLE "plan_progress_updates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"node_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"note" text NOT NULL,
	"percent" integer NOT NULL,
	"status" text,
	"evidence_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_progress_percent" CHECK (percent BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_key" text NOT NULL,
	"title" text NOT NULL,
	"horizon" integer NOT NULL,
	"source_file" text NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_plan_key_unique" UNIQUE("plan_key")
);
--> statement-breakpoint
ALTER TABLE "plan_indicator_actuals" ADD CONSTRAINT "plan_indicator_actuals_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_actuals" ADD CONSTRAINT "plan_indicator_actuals_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_targets" ADD CONSTRAINT "plan_indicator_targets_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_node_id_plan_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."plan_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_node_entities" ADD CONSTRAINT "plan_node_entities_node_id_plan_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."plan_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_node_entities" ADD CONSTRAINT "plan_node_entities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_parent_id_plan_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_progress_updates" ADD CONSTRAINT "plan_progress_updates_node_id_plan_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."plan_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_progress_updates" ADD CONSTRAINT "plan_progress_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_indicator_actuals_idx" ON "plan_indicator_actuals" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicators_plan_code_idx" ON "plan_indicators" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_nodes_plan_code_idx" ON "plan_nodes" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_progress_node_idx" ON "plan_progress_updates" USING btree ("node_id","reported_on");