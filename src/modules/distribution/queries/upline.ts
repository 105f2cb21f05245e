/**
 * The upline of one dealer, nearest first, as plain rows joined to the tier
 * (the columns `listDownline` reads): one statement, no ORM entities. The
 * ancestors' ids come from the dealer's own materialized path and are looked
 * up by primary key. The dealer is the driving row, so a missing (or
 * soft-deleted) dealer gives no row at all, and a dealer with no upline one
 * row of nulls. Binding: the dealer's id.
 */
export const UPLINE_SQL = `
  SELECT d.id, d.code, d.display_name, d.status, d.depth, d.parent_id, d.path, d.tier_id,
         t.id AS t_id, t.code AS t_code, t.name_en AS t_name_en, t.name_zh AS t_name_zh, t.rank AS t_rank
    FROM distribution_dealer self
    LEFT JOIN distribution_dealer d
      ON d.id = ANY (string_to_array(rtrim(self.path, '/'), '/'))
     AND d.id <> self.id AND d.deleted_at IS NULL
    LEFT JOIN distribution_dealer_tier t ON t.id = d.tier_id AND t.deleted_at IS NULL
   WHERE self.id = ? AND self.deleted_at IS NULL
   ORDER BY array_position(string_to_array(rtrim(self.path, '/'), '/'), d.id) DESC`
