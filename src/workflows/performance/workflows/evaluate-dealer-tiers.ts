import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTierProposalsStep } from "../steps/create-tier-proposals"
import { loadTierEvaluationStep, type LoadTierEvaluationInput } from "../steps/load-tier-evaluation"

export type EvaluateDealerTiersInput = LoadTierEvaluationInput

export const evaluateDealerTiersWorkflowId = "evaluate-dealer-tiers"

/**
 * Evaluates every active tier rule for one month and writes the proposals:
 * at most one per dealer and month, however often it runs. Returns the ids of
 * the proposals this run wrote (none when the month was evaluated before).
 *
 * @example
 * const { result: ids } = await evaluateDealerTiersWorkflow(container).run({ input: { period_key: "2026-11" } })
 */
export const evaluateDealerTiersWorkflow = createWorkflow(
  evaluateDealerTiersWorkflowId,
  (input: EvaluateDealerTiersInput) => {
    const proposals = loadTierEvaluationStep(input)
    const ids = createTierProposalsStep(proposals)
    return new WorkflowResponse(ids)
  }
)
