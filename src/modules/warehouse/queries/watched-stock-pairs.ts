/**
 * Of the given items at locations, those low-stock alerting could act on:
 * each pair with a threshold (its reorder point) or an open alert (or both),
 * as one row; pairs with neither give no row. One statement over the two
 * partial unique indexes ((inventory_item_id, location_id) of live
 * thresholds and of open alerts), so a stock change that no alert rule
 * watches is dismissed without starting the evaluation workflow.
 * Bindings: the items' ids and the locations' ids, as two parallel text[].
 */
export const WATCHED_STOCK_PAIRS_SQL = `
  SELECT p.item AS inventory_item_id, p.location AS location_id,
         t.reorder_point, a.id IS NOT NULL AS has_open_alert
    FROM (SELECT DISTINCT item, location FROM unnest(?::text[], ?::text[]) AS u(item, location)) p
    LEFT JOIN stock_threshold t
      ON t.inventory_item_id = p.item AND t.location_id = p.location AND t.deleted_at IS NULL
    LEFT JOIN stock_alert a
      ON a.inventory_item_id = p.item AND a.location_id = p.location AND a.status = 'open' AND a.deleted_at IS NULL
   WHERE t.id IS NOT NULL OR a.id IS NOT NULL`
