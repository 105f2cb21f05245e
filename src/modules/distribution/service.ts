import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import {
  buildDealerPath,
  descendantsLikePattern,
  subtreeLikePattern,
} from "../../lib/network/dealer-path"
import {
  TreeNode,
  validateDealerMove,
  validateDealerPlacement,
} from "../../lib/network/validate-dealer-move"
import { PluginOptions, resolvePluginOptions } from "../../lib/options/plugin-options"
import { textArray } from "../../lib/sql/text-array"
import { Dealer } from "./models/dealer"
import { UPLINE_SQL } from "./queries/upline"
import { DealerApplication } from "./models/dealer-application"
import { DealerHistoryEntry } from "./models/dealer-history-entry"
import { CustomerBinding } from "./models/customer-binding"
import { DealerTier } from "./models/dealer-tier"
import { OrderAttribution } from "./models/order-attribution"
import { ReferralLink } from "./models/referral-link"
import { ReferralVisit } from "./models/referral-visit"
import { RateLimitWindow } from "./models/rate-limit-window"
import type { WindowCounter } from "../../lib/rate-limit/referral-touch-limiter"
import { RECORD_REFERRAL_TOUCH_SQL, recordReferralTouchBindings } from "./queries/record-referral-touch"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type PlaceDealerInput = Record<string, unknown> & {
  parent_id?: string | null
  tier_id: string
  customer_id: string
  code: string
  display_name: string
}

export type DealerMoveResult = {
  dealer_id: string
  from_parent_id: string | null
  to_parent_id: string | null
  moved_count: number
}

export type DownlineCounts = { direct: number; total: number }

/** What `recordReferralTouch` writes (the visit) and under which conditions. */
export type ReferralTouchInput = {
  /** Normalised (upper-case) code. */
  code: string
  source: "link" | "code"
  /** A code typed by the shopper: no visit when its link cannot attribute. */
  strict: boolean
  /** False when the caller found the cart missing or completed: resolve and read only. */
  may_insert: boolean
  cart_id: string | null
  visitor_token: string | null
  customer_id: string | null
  user_agent: string | null
  ip_hash: string | null
  now: Date
}

/** The rows a touch resolved and the facts of its cart's attribution (null `link`: unknown code). */
export type ReferralTouchRows = {
  link: {
    id: string
    code: string
    target_type: string
    target_id: string | null
    status: string
    expires_at: string | null
    dealer_id: string
    dealer_code: string
    dealer_display_name: string
    dealer_customer_id: string
    dealer_status: string
  } | null
  visit_id: string | null
  touches: { id: string; link_id: string; dealer_id: string; source: string; created_at: string }[]
  links: { id: string; status: string; expires_at: string | null }[]
  dealers: { id: string; code: string; status: string; parent_id: string | null }[]
  buyer_dealer: { id: string; code: string; status: string; parent_id: string | null } | null
  binding: { dealer_id: string; link_id: string | null; expires_at: string | null } | null
}

/** A downline dealer as the tree views show it: the dealer's own columns and its tier. */
export type DownlineRow = {
  id: string
  code: string
  display_name: string
  status: string
  depth: number
  parent_id: string | null
  path: string
  tier_id: string
  tier: { id: string; code: string; name_en: string; name_zh: string; rank: number } | null
}

const DOWNLINE_SELECT = `SELECT d.id, d.code, d.display_name, d.status, d.depth, d.parent_id, d.path, d.tier_id,
        t.id AS t_id, t.code AS t_code, t.name_en AS t_name_en, t.name_zh AS t_name_zh, t.rank AS t_rank
   FROM distribution_dealer d
   LEFT JOIN distribution_dealer_tier t ON t.id = d.tier_id AND t.deleted_at IS NULL`

function downlineRow(r: Record<string, any>): DownlineRow {
  return {
    id: r.id,
    code: r.code,
    display_name: r.display_name,
    status: r.status,
    depth: Number(r.depth),
    parent_id: r.parent_id ?? null,
    path: r.path,
    tier_id: r.tier_id,
    tier: r.t_id
      ? { id: r.t_id, code: r.t_code, name_en: r.t_name_en, name_zh: r.t_name_zh, rank: Number(r.t_rank) }
      : null,
  }
}

// Every change to the tree's shape takes this lock, so two concurrent moves
// can never interleave into a cycle or a depth over the limit.
const TREE_LOCK_KEY = "medusa-plugin-distribution:dealer-tree"

class DistributionModuleService extends MedusaService({
  DealerTier,
  Dealer,
  DealerHistoryEntry,
  DealerApplication,
  ReferralLink,
  ReferralVisit,
  CustomerBinding,
  OrderAttribution,
  RateLimitWindow,
}) {
  protected readonly options_: PluginOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolvePluginOptions(options)
  }

  getOptions(): PluginOptions {
    return this.options_
  }

  /**
   * The dealer's upline, nearest first, with each dealer's tier: one query of
   * plain rows, the shape `listDownline` returns (no ORM entities: it runs on
   * every checkout's attribution, where two hydrating reads cost ~5x the SQL).
   */
  @InjectManager()
  async listUpline(dealerId: string, @MedusaContext() sharedContext: Context = {}): Promise<DownlineRow[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(UPLINE_SQL, [dealerId])
    if (!rows.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${dealerId} was not found`)
    }
    // A dealer with no upline is one row with no upline dealer in it.
    return rows.filter((r) => r.id !== null).map(downlineRow)
  }

  /**
   * The dealer's downline, `maxLevels` levels deep (all when omitted), ordered
   * by path so a parent always precedes its children — one prefix range scan
   * joined to the tier, read as plain rows (no ORM entities: a downline of
   * 100,000 dealers is one query, not 100,000 hydrated entities).
   */
  @InjectManager()
  async listDownline(
    dealerId: string,
    maxLevels?: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DownlineRow[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const root = await this.loadTreeNode(manager, dealerId)
    const rows = await manager.execute(
      `${DOWNLINE_SELECT}
        WHERE d.path LIKE ? AND d.deleted_at IS NULL AND d.depth <= ?
        ORDER BY d.path`,
      [descendantsLikePattern(root.path), root.depth + (maxLevels ?? 1000)]
    )
    return rows.map(downlineRow)
  }

  /**
   * At most `limit` dealers of the downline, `maxLevels` levels deep, level by
   * level (depth, then path: every dealer's parent comes before it, and a cut
   * never leaves a level half-read above the last one), with the number of
   * dealers the whole downline to that depth has. One query.
   */
  @InjectManager()
  async listDownlinePage(
    dealerId: string,
    { maxLevels, limit }: { maxLevels?: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ root: { id: string; depth: number }; dealers: DownlineRow[]; total: number }> {
    const manager = sharedContext.manager as unknown as SqlManager
    const root = await this.loadTreeNode(manager, dealerId)
    const rows = await manager.execute(
      `${DOWNLINE_SELECT.replace("SELECT", "SELECT count(*) OVER ()::int AS total_count,")}
        WHERE d.path LIKE ? AND d.deleted_at IS NULL AND d.depth <= ?
        ORDER BY d.depth, d.path
        LIMIT ?`,
      [descendantsLikePattern(root.path), root.depth + (maxLevels ?? 1000), Math.max(1, limit)]
    )
    // limit is at least 1: no row means an empty downline.
    const total = rows.length ? Number(rows[0].total_count) : 0
    return { root: { id: root.id, depth: root.depth }, dealers: rows.map(downlineRow), total }
  }

  /** Id, code and display name of dealers (soft-deleted ones too): one indexed read, no ORM entities. */
  @InjectManager()
  async listDealerRefs(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; code: string; display_name: string }[]> {
    if (!ids.length) {
      return []
    }
    const manager = sharedContext.manager as unknown as SqlManager
    return await manager.execute(
      `SELECT id, code, display_name FROM distribution_dealer WHERE id = ANY(?::text[])`,
      [textArray(ids)]
    )
  }

  /** Direct and whole-downline head counts for each dealer, in one query. */
  @InjectManager()
  async countDownlines(
    dealerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, DownlineCounts>> {
    const result: Record<string, DownlineCounts> = {}
    if (!dealerIds.length) {
      return result
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT r.id,
              (SELECT count(*) FROM distribution_dealer c
                WHERE c.parent_id = r.id AND c.deleted_at IS NULL)::int AS direct,
              (SELECT count(*) FROM distribution_dealer d
                WHERE d.path LIKE replace(replace(replace(r.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '_%'
                  AND d.deleted_at IS NULL)::int AS total
         FROM distribution_dealer r
        WHERE r.id IN (?) AND r.deleted_at IS NULL`,
      [dealerIds]
    )
    for (const id of dealerIds) {
      result[id] = { direct: 0, total: 0 }
    }
    for (const row of rows) {
      result[row.id] = { direct: Number(row.direct), total: Number(row.total) }
    }
    return result
  }

  /** Dealers per tier (any status), in one grouped query. */
  @InjectManager()
  async countDealersByTier(
    tierIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    if (!tierIds.length) {
      return {}
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT tier_id, count(*)::int AS count FROM distribution_dealer
        WHERE tier_id IN (?) AND deleted_at IS NULL GROUP BY tier_id`,
      [tierIds]
    )
    return Object.fromEntries(rows.map((r) => [r.tier_id, Number(r.count)]))
  }

  /**
   * Creates a dealer at its place in the tree (path and depth computed under
   * the tree lock, the depth limit enforced).
   */
  @InjectTransactionManager()
  async placeDealer(data: PlaceDealerInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    await this.lockTree(manager)
    const parent = data.parent_id ? await this.loadTreeNode(manager, data.parent_id) : null
    const refusal = validateDealerPlacement(parent, this.options_.max_depth)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    }
    const id = generateEntityId(undefined, "dlr")
    const path = buildDealerPath(parent?.path, id)
    const { parent_id, tier_id, ...rest } = data
    return await this.createDealers(
      {
        ...rest,
        id,
        path,
        depth: (parent?.depth ?? 0) + 1,
        parent_id: parent?.id ?? null,
        tier_id,
      } as any,
      sharedContext
    )
  }

  /**
   * Moves a dealer and its whole subtree under a new upline (null = directly
   * under the producer) in one statement, refusing cycles and depth overflow.
   */
  @InjectTransactionManager()
  async moveDealer(
    dealerId: string,
    newParentId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DealerMoveResult> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    await this.lockTree(manager)
    const dealer = await this.loadTreeNode(manager, dealerId)
    const newParent = newParentId ? await this.loadTreeNode(manager, newParentId) : null
    const [{ max_depth, size }] = await manager.execute(
      `SELECT max(depth)::int AS max_depth, count(*)::int AS size FROM distribution_dealer
        WHERE path LIKE ? AND deleted_at IS NULL`,
      [subtreeLikePattern(dealer.path)]
    )
    const check = validateDealerMove({
      dealer,
      currentParentId: dealer.parent_id,
      newParent,
      subtreeMaxDepth: max_depth ?? dealer.depth,
      maxDepth: this.options_.max_depth,
    })
    if (!check.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, check.message)
    }
    const newPath = buildDealerPath(newParent?.path, dealer.id)
    await manager.execute(
      `UPDATE distribution_dealer
          SET path = ? || substr(path, ?),
              depth = depth + ?,
              parent_id = CASE WHEN id = ? THEN ? ELSE parent_id END,
              updated_at = now()
        WHERE path LIKE ? AND deleted_at IS NULL`,
      [
        newPath,
        dealer.path.length + 1,
        check.depth_delta,
        dealer.id,
        newParent?.id ?? null,
        subtreeLikePattern(dealer.path),
      ]
    )
    return {
      dealer_id: dealer.id,
      from_parent_id: dealer.parent_id,
      to_parent_id: newParent?.id ?? null,
      moved_count: Number(size),
    }
  }

  /**
   * Every touch of a cart: visits and codes recorded with the cart, and those
   * of the anonymous visitor tokens that were later seen with it — oldest first.
   */
  @InjectManager()
  async listCartTouches(cartId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT id FROM distribution_referral_visit v
        WHERE v.deleted_at IS NULL
          AND (v.cart_id = ?
               OR v.visitor_token IN (SELECT visitor_token FROM distribution_referral_visit
                                       WHERE cart_id = ? AND visitor_token IS NOT NULL AND deleted_at IS NULL))
        ORDER BY v.created_at, v.id`,
      [cartId, cartId]
    )
    if (!rows.length) {
      return []
    }
    const visits = await this.listReferralVisits({ id: rows.map((r) => r.id) }, { order: { created_at: "ASC" } }, sharedContext)
    return visits
  }

  /**
   * Records a referral touch and reads its cart's attribution facts in one
   * statement (queries/record-referral-touch.ts): one round trip instead of
   * a dozen ORM reads and a write transaction on the storefront's path.
   */
  @InjectManager()
  async recordReferralTouch(
    input: ReferralTouchInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReferralTouchRows> {
    const manager = sharedContext.manager as unknown as SqlManager
    const [row] = await manager.execute(
      RECORD_REFERRAL_TOUCH_SQL,
      recordReferralTouchBindings({ ...input, visit_id: generateEntityId(undefined, "rvisit") })
    )
    return {
      link: row.link ?? null,
      visit_id: row.visit_id ?? null,
      touches: row.touches ?? [],
      links: row.links ?? [],
      dealers: row.dealers ?? [],
      buyer_dealer: row.buyer_dealer ?? null,
      binding: row.binding ?? null,
    }
  }

  /** Current bound customers per dealer, in one grouped query. */
  @InjectManager()
  async countBoundCustomers(
    dealerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    if (!dealerIds.length) {
      return {}
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT dealer_id, count(*)::int AS count FROM distribution_customer_binding
        WHERE dealer_id IN (?) AND ended_at IS NULL AND deleted_at IS NULL GROUP BY dealer_id`,
      [dealerIds]
    )
    return Object.fromEntries(rows.map((r) => [r.dealer_id, Number(r.count)]))
  }

  /** Visits, distinct carts and attributed orders per referral link, in one query. */
  @InjectManager()
  async referralLinkStats(
    linkIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, { visits: number; carts: number; orders: number }>> {
    if (!linkIds.length) {
      return {}
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT l.id,
              (SELECT count(*) FROM distribution_referral_visit v
                WHERE v.link_id = l.id AND v.deleted_at IS NULL)::int AS visits,
              (SELECT count(DISTINCT v.cart_id) FROM distribution_referral_visit v
                WHERE v.link_id = l.id AND v.cart_id IS NOT NULL AND v.deleted_at IS NULL)::int AS carts,
              (SELECT count(*) FROM distribution_order_attribution a
                WHERE a.link_id = l.id AND a.deleted_at IS NULL)::int AS orders
         FROM distribution_referral_link l
        WHERE l.id IN (?)`,
      [linkIds]
    )
    return Object.fromEntries(
      rows.map((r) => [r.id, { visits: Number(r.visits), carts: Number(r.carts), orders: Number(r.orders) }])
    )
  }

  /**
   * Rate-limit counters in one statement: adds one to each `increment` key
   * (restarting it at 1 when its window is newer than the stored one) and
   * reads the `read` keys. Answers each key's hits in the window asked for.
   * The upsert is atomic, so processes sharing the database count together;
   * a process whose clock lags a little never moves a window back.
   */
  @InjectManager()
  async countRateLimitHits(
    input: { increment: WindowCounter[]; read: WindowCounter[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const increment = dedupeCounters(input.increment)
    const read = dedupeCounters(input.read)
    if (!increment.length && !read.length) {
      return {}
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const params: unknown[] = []
    // A data-modifying WITH must be at the top level: the upsert leads, the reads are a UNION.
    const selects: string[] = []
    let upsert = ""
    if (increment.length) {
      upsert = `WITH bumped AS (
           INSERT INTO distribution_rate_limit_window AS w (id, window_start, expires_at, hits)
           VALUES ${increment.map(() => "(?, ?, ?, 1)").join(", ")}
           ON CONFLICT (id) DO UPDATE SET
             hits = CASE WHEN excluded.window_start > w.window_start THEN 1 ELSE w.hits + 1 END,
             window_start = GREATEST(w.window_start, excluded.window_start),
             expires_at = GREATEST(w.expires_at, excluded.expires_at),
             updated_at = now()
           RETURNING w.id, w.window_start, w.hits) `
      params.push(...increment.flatMap((c) => [c.key, c.window_start, c.expires_at]))
      selects.push(`SELECT id, window_start, hits FROM bumped`)
    }
    if (read.length) {
      selects.push(`SELECT id, window_start, hits FROM distribution_rate_limit_window WHERE id IN (?)`)
      params.push(read.map((c) => c.key))
    }
    const rows = await manager.execute(upsert + selects.join(" UNION ALL "), params)
    const asked = new Map([...increment, ...read].map((c) => [c.key, c.window_start.getTime()]))
    const hits: Record<string, number> = {}
    for (const c of [...increment, ...read]) {
      hits[c.key] = 0
    }
    for (const row of rows) {
      // A row of an older window counts nothing in the one asked for.
      if (new Date(row.window_start).getTime() >= (asked.get(row.id) ?? Infinity)) {
        hits[row.id] = Number(row.hits)
      }
    }
    return hits
  }

  /** Drops rate-limit counters whose window has ended; returns how many. */
  @InjectManager()
  async purgeRateLimitWindows(before: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `DELETE FROM distribution_rate_limit_window WHERE expires_at < ? RETURNING id`,
      [before]
    )
    return rows.length
  }

  private async lockTree(manager: SqlManager) {
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [TREE_LOCK_KEY])
  }

  private async loadTreeNode(
    manager: SqlManager,
    id: string
  ): Promise<TreeNode & { parent_id: string | null }> {
    const [row] = await manager.execute(
      `SELECT id, path, depth, parent_id, status FROM distribution_dealer WHERE id = ? AND deleted_at IS NULL`,
      [id]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${id} was not found`)
    }
    return {
      id: row.id,
      path: row.path,
      depth: Number(row.depth),
      parent_id: row.parent_id,
      status: row.status,
    }
  }
}

function dedupeCounters(counters: WindowCounter[]): WindowCounter[] {
  return [...new Map(counters.map((c) => [c.key, c])).values()]
}

export default DistributionModuleService
