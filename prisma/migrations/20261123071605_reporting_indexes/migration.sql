-- DropIndex
DROP INDEX "OrderLine_orderId_idx";

-- CreateIndex
CREATE INDEX "Order_deliveryFiness_week_idx" ON "Order"("deliveryFiness", "week");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_categoryCode_units_idx" ON "OrderLine"("orderId", "categoryCode", "units");

