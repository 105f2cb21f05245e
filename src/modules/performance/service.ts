import type { Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { PluginOptions, resolvePluginOptions } from "../../lib/options/plugin-options"
import type { TierProposalStatus, TierRuleDirection } from "../../types/performance"
import { DealerTierProposal } from "./models/dealer-tier-proposal"
import { DealerTierRule } from "./models/dealer-tier-rule"
import { textArray } from "../../lib/sql/text-array"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type NewTierProposal = {
  dealer_id: string
  from_tier_id: string
  to_tier_id: string
  rule_id: string | null
  direction: TierRuleDirection
  rule_snapshot: Record<string, unknown>
  measured: Record<string, unknown>
  period_key: string
}

/** Who decided a proposal and when, set together with its status. */
export type ProposalStamp = { decided_by?: string | null; decided_at?: Date | null; note?: string | null }

/**
 * Tier rules and the proposals their evaluation makes. Figures are not kept
 * here: they are measured from the sales facts, the ledger and the tree when
 * a rule is evaluated, and frozen into the proposal.
 */
class PerformanceModuleService extends MedusaService({
  DealerTierRule,
  DealerTierProposal,
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
   * Writes proposals, skipping every dealer that already has one for the
   * month (the partial unique index decides, so a repeated or concurrent run
   * writes nothing twice). Returns the ids this call created.
   */
  @InjectTransactionManager()
  async createProposalsOnce(
    proposals: NewTierProposal[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!proposals.length) {
      return []
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const values: string[] = []
    const params: unknown[] = []
    for (const p of proposals) {
      values.push("(?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, 'proposed', now(), now())")
      params.push(
        generateEntityId(undefined, "dtprop"),
        p.dealer_id,
        p.from_tier_id,
        p.to_tier_id,
        p.rule_id,
        p.direction,
        JSON.stringify(p.rule_snapshot),
        JSON.stringify(p.measured),
        p.period_key
      )
    }
    const rows = await manager.execute(
      `INSERT INTO dealer_tier_proposal
         (id, dealer_id, from_tier_id, to_tier_id, rule_id, direction, rule_snapshot, measured, period_key, status, created_at, updated_at)
       VALUES ${values.join(", ")}
       ON CONFLICT (dealer_id, period_key) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      params
    )
    return rows.map((r) => r.id as string)
  }

  /**
   * Moves a proposal from one of `from` to `to`, only if it is still there:
   * of two admins deciding the same proposal at once, one moves it and the
   * other gets `false`.
   */
  @InjectTransactionManager()
  async moveProposal(
    id: string,
    from: readonly TierProposalStatus[],
    to: TierProposalStatus,
    stamp: ProposalStamp = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const rows = await manager.execute(
      `UPDATE dealer_tier_proposal
          SET status = ?, decided_by = ?, decided_at = ?, note = coalesce(?, note), updated_at = now()
        WHERE id = ? AND status = ANY(?::text[]) AND deleted_at IS NULL
        RETURNING id`,
      [to, stamp.decided_by ?? null, stamp.decided_at ?? null, stamp.note ?? null, id, textArray(from)]
    )
    return rows.length === 1
  }
}

export default PerformanceModuleService
