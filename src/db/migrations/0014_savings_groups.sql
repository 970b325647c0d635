CREATE TABLE "savings_attendance" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "savings_attendance_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "savings_cycles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"share_value_cents" bigint NOT NULL,
	"min_shares_per_meeting" integer DEFAULT 1 NOT NULL,
	"max_shares_per_meeting" integer DEFAULT 5 NOT NULL,
	"monthly_interest_bp" integer,
	"max_loan_multiple" integer DEFAULT 3 NOT NULL,
	"loan_term_months" integer DEFAULT 3 NOT NULL,
	"social_fund_cents" bigint,
	"fines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"social_fund_opening_cents" bigint DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_cycles_dates" CHECK (ends_on >= starts_on),
	CONSTRAINT "savings_cycles_share_value" CHECK (share_value_cents > 0),
	CONSTRAINT "savings_cycles_shares" CHECK (min_shares_per_meeting >= 1 AND max_shares_per_meeting >= min_shares_per_meeting),
	CONSTRAINT "savings_cycles_rules" CHECK ((monthly_interest_bp IS NULL OR monthly_interest_bp >= 0) AND max_loan_multiple >= 0 AND loan_term_months >= 1)
);
--> statement-breakpoint
CREATE TABLE "savings_group_members" (
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_group_members_group_id_person_id_pk" PRIMARY KEY("group_id","person_id"),
	CONSTRAINT "savings_group_members_position" UNIQUE("group_id","position")
);
--> statement-breakpoint
CREATE TABLE "savings_group_officers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_group_officers_role" CHECK (role IN ('chair', 'treasurer', 'secretary', 'key_holder', 'money_counter'))
);
--> statement-breakpoint
CREATE TABLE "savings_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"constitution" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "savings_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"cash_counted_cents" bigint,
	"cash_computed_cents" bigint,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_meetings_cycle_date" UNIQUE("cycle_id","held_on")
);
--> statement-breakpoint
CREATE TABLE "savings_transactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"person_id" uuid,
	"shares" integer,
	"amount_cents" bigint,
	"interest_cents" bigint,
	"fine_code" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_transactions_seq" UNIQUE("cycle_id","seq"),
	CONSTRAINT "savings_transactions_type" CHECK (type IN ('share_purchase', 'social_fund', 'fine', 'loan', 'repayment', 'social_fund_grant', 'share_out')),
	CONSTRAINT "savings_transactions_amounts" CHECK ((shares IS NULL OR shares > 0) AND (amount_cents IS NULL OR amount_cents >= 0) AND (interest_cents IS NULL OR interest_cents >= 0))
);
--> statement-breakpoint
ALTER TABLE "savings_attendance" ADD CONSTRAINT "savings_attendance_meeting_id_savings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."savings_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_attendance" ADD CONSTRAINT "savings_attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_cycles" ADD CONSTRAINT "savings_cycles_group_id_savings_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."savings_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_group_members" ADD CONSTRAINT "savings_group_members_group_id_savings_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."savings_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_group_members" ADD CONSTRAINT "savings_group_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_group_officers" ADD CONSTRAINT "savings_group_officers_group_id_savings_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."savings_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_group_officers" ADD CONSTRAINT "savings_group_officers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_groups" ADD CONSTRAINT "savings_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_meetings" ADD CONSTRAINT "savings_meetings_cycle_id_savings_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."savings_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_transactions" ADD CONSTRAINT "savings_transactions_cycle_id_savings_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."savings_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_transactions" ADD CONSTRAINT "savings_transactions_meeting_id_savings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."savings_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savings_transactions" ADD CONSTRAINT "savings_transactions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "savings_cycles_group_idx" ON "savings_cycles" USING btree ("group_id","starts_on");--> statement-breakpoint
CREATE INDEX "savings_group_members_person_idx" ON "savings_group_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "savings_group_officers_group_idx" ON "savings_group_officers" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "savings_transactions_person_idx" ON "savings_transactions" USING btree ("person_id");--> statement-breakpoint
COMMENT ON COLUMN savings_transactions.id IS 'made by the treasurer''s phone (client transaction id), so a resend from the offline outbox records once';--> statement-breakpoint
COMMENT ON COLUMN savings_transactions.seq IS 'order of entry within the cycle; the ledger (src/domain/savings) is replayed in this order';--> statement-breakpoint
COMMENT ON COLUMN savings_transactions.amount_cents IS 'céntimos; for a repayment the principal (interest in interest_cents), for a share purchase shares × share value';--> statement-breakpoint
COMMENT ON COLUMN savings_cycles.monthly_interest_bp IS 'loan interest per month in basis points (200 = 2 %), charged on each monthly anniversary of a loan; NULL = as recorded';--> statement-breakpoint
COMMENT ON COLUMN savings_cycles.max_loan_multiple IS 'a member may owe at most this multiple of her savings';--> statement-breakpoint
COMMENT ON COLUMN savings_meetings.cash_counted_cents IS 'cash counted in the box at the end of the meeting; the difference with cash_computed_cents is kept, never hidden';--> statement-breakpoint
COMMENT ON COLUMN savings_group_members.position IS 'order in the group''s book: the tie-break of the share-out remainder rule (docs/savings.md)';
