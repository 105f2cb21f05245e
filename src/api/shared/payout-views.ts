import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { currencyAmount } from "../../lib/commission/currency-precision"
import { batchProgress } from "../../lib/payout/batch-status"
import { maskAccountNumber, maskName, maskOpenid } from "../../lib/payout/mask"
import type PayoutModuleService from "../../modules/payout/service"
import { PAYOUT_MODULE } from "../../types/module-names"
import { dealerRefs } from "./commission-views"

const exact = (row: any, field: string) => String(row[`raw_${field}`]?.value ?? row[field])

/** A payout account as the API shows it: masked, whoever asks (the dealer knows its own number). */
export function payoutAccountView(a: any) {
  return {
    id: a.id,
    dealer_id: a.dealer_id,
    provider_id: a.provider_id,
    status: a.status,
    openid_masked: maskOpenid(a.openid),
    real_name_masked: maskName(a.real_name),
    bank_name: a.bank_name ?? null,
    account_holder: a.account_holder ?? null,
    account_number_masked: maskAccountNumber(a.account_number),
    lock_reason: a.lock_reason ?? null,
    verified_at: a.verified_at ?? null,
    verified_by: a.verified_by ?? null,
    locked_at: a.locked_at ?? null,
    locked_by: a.locked_by ?? null,
    created_at: a.created_at,
    updated_at: a.updated_at,
  }
}

/** Payouts as the API shows them, with their dealers and whether they were retried. */
export async function payoutViews(container: MedusaContainer, rows: any[], options: { withDealer: boolean }) {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const ids = rows.map((r) => r.id)
  const [dealers, retries] = await Promise.all([
    options.withDealer ? dealerRefs(container, rows.map((r) => r.dealer_id)) : Promise.resolve(new Map()),
    ids.length ? payouts.listPayouts({ retry_of_id: ids }, { select: ["id", "retry_of_id"] }) : Promise.resolve([]),
  ])
  const retriedBy = new Map(retries.map((r) => [r.retry_of_id, r.id]))
  return rows.map((p) => {
    const account = p.account_snapshot ?? null
    const dealer = dealers.get(p.dealer_id)
    return {
      id: p.id,
      batch_id: p.batch_id,
      dealer_id: p.dealer_id,
      ...(options.withDealer ? { dealer: dealer ? { id: dealer.id, code: dealer.code, name: dealer.display_name } : null } : {}),
      provider_id: p.provider_id,
      currency_code: p.currency_code,
      amount: currencyAmount(exact(p, "amount"), p.currency_code),
      status: p.status,
      out_bill_no: p.out_bill_no,
      provider_state: p.provider_state ?? null,
      provider_reference: p.provider_reference ?? null,
      package_info: p.status === "awaiting_confirmation" ? p.package_info ?? null : null,
      failure_reason: p.failure_reason ?? null,
      reference: p.reference ?? null,
      needs_query: p.needs_query,
      last_error: p.last_error ?? null,
      retry_of_id: p.retry_of_id ?? null,
      retried_by_id: retriedBy.get(p.id) ?? null,
      account: account
        ? {
            provider_id: p.provider_id,
            status: account.status ?? null,
            openid_masked: maskOpenid(account.openid),
            real_name_masked: maskName(account.real_name),
            bank_name: account.bank_name ?? null,
            account_holder: account.account_holder ?? null,
            account_number_masked: maskAccountNumber(account.account_number),
          }
        : null,
      sent_at: p.sent_at ?? null,
      completed_at: p.completed_at ?? null,
      created_at: p.created_at,
      updated_at: p.updated_at,
    }
  })
}

/** Batches with their totals and progress (one grouped query for all of them). */
export async function payoutBatchViews(container: MedusaContainer, batches: any[]) {
  const counts = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).batchCounts(batches.map((b) => b.id))
  return batches.map((b) => {
    const c = counts.find((x) => x.batch_id === b.id)!
    return {
      id: b.id,
      currency_code: b.currency_code,
      provider_id: b.provider_id,
      status: b.status,
      source: b.source,
      note: b.note ?? null,
      total_amount: currencyAmount(c.total_amount, b.currency_code),
      created_by: b.created_by ?? null,
      approved_by: b.approved_by ?? null,
      approved_at: b.approved_at ?? null,
      canceled_by: b.canceled_by ?? null,
      canceled_at: b.canceled_at ?? null,
      completed_at: b.completed_at ?? null,
      created_at: b.created_at,
      updated_at: b.updated_at,
      progress: batchProgress(c.counts, currencyAmount(c.amount_succeeded, b.currency_code)),
    }
  })
}

export async function retrievePayoutBatchView(container: MedusaContainer, id: string) {
  const [batch] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutBatches({ id })
  if (!batch) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch with id: ${id} was not found`)
  }
  return (await payoutBatchViews(container, [batch]))[0]
}

export async function retrievePayoutView(container: MedusaContainer, id: string, options: { withDealer: boolean }) {
  const [payout] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayouts({ id })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${id} was not found`)
  }
  return (await payoutViews(container, [payout], options))[0]
}
