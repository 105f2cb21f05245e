import type { MedusaContainer } from "@medusajs/framework/types"
import { currencyAmount } from "../../../lib/commission/currency-precision"
import { MedusaError } from "@medusajs/framework/utils"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type { PayoutStatus } from "../../../types/payout"

export type PayoutRecord = {
  id: string
  batch_id: string
  dealer_id: string
  provider_id: string
  currency_code: string
  amount: string
  status: PayoutStatus
  provider_state: string | null
  out_bill_no: string
  account_snapshot: Record<string, string | null> | null
  package_info: string | null
  needs_query: boolean
  retry_of_id: string | null
  ledger_synced_at: Date | null
}

/** A payout with its amount as the exact decimal string; 404 when there is none. */
export async function loadPayout(container: MedusaContainer, id: string): Promise<PayoutRecord> {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [payout] = await payouts.listPayouts({ id })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${id} was not found`)
  }
  return {
    ...(payout as any),
    amount: currencyAmount(String((payout as any).raw_amount?.value ?? payout.amount), payout.currency_code),
  } as PayoutRecord
}
