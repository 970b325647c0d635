CREATE INDEX "ore_lots_season_idx" ON "ore_lots" USING btree ("season_from");--> statement-breakpoint
CREATE INDEX "sales_sold_on_idx" ON "sales" USING btree ("sold_on");