import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currencyAmount } from "../../../../../../../lib/commission/currency-precision"
import { writePayoutBatchCsv, writePayoutBatchXlsx, PayoutBatchExportRow } from "../../../../../../../lib/payout/batch-export"
import { maskName, maskOpenid } from "../../../../../../../lib/payout/mask"
import type PayoutModuleService from "../../../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../../../types/module-names"
import { dealerRefs } from "../../../../../../shared/commission-views"
import { retrievePayoutBatchView } from "../../../../../../shared/payout-views"

/**
 * The batch as CSV or XLSX, streamed a page of payouts at a time. A manual
 * batch carries the full bank account numbers: it is the list the admin
 * pays from. WeChat batches show openids and names masked.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const format = (req.validatedQuery as { format: "csv" | "xlsx" }).format
  const batch = await retrievePayoutBatchView(req.scope, req.params.id)
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const scope = req.scope
  const rows = (async function* (): AsyncGenerator<PayoutBatchExportRow> {
    for (let skip = 0; ; skip += 500) {
      const page = await payouts.listPayouts({ batch_id: batch.id }, { skip, take: 500, order: { created_at: "ASC", id: "ASC" } })
      const dealers = await dealerRefs(scope, page.map((p) => p.dealer_id))
      for (const p of page as any[]) {
        const account = p.account_snapshot ?? {}
        yield {
          payout_id: p.id,
          dealer_code: dealers.get(p.dealer_id)?.code ?? p.dealer_id,
          dealer_name: dealers.get(p.dealer_id)?.display_name ?? "",
          amount: currencyAmount(String(p.raw_amount?.value ?? p.amount), p.currency_code),
          status: p.status,
          openid_masked: maskOpenid(account.openid),
          real_name_masked: maskName(account.real_name),
          bank_name: account.bank_name ?? null,
          account_holder: account.account_holder ?? null,
          account_number: account.account_number ?? null,
          out_bill_no: p.out_bill_no,
          provider_reference: p.provider_reference ?? null,
          reference: p.reference ?? null,
          failure_reason: p.failure_reason ?? null,
          completed_at: p.completed_at ? new Date(p.completed_at) : null,
        }
      }
      if (page.length < 500) {
        return
      }
    }
  })()
  res.setHeader(
    "Content-Type",
    format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  )
  res.setHeader("Content-Disposition", `attachment; filename="payout-batch-${batch.id}.${format}"`)
  const header = {
    batch_id: batch.id,
    provider_id: batch.provider_id,
    currency_code: batch.currency_code,
    status: batch.status,
    source: batch.source,
    note: batch.note,
    total_amount: batch.total_amount,
    payout_count: batch.progress.total,
    created_at: new Date(batch.created_at),
    approved_at: batch.approved_at ? new Date(batch.approved_at) : null,
    account_columns: (batch.provider_id === "wechatpay" ? "openid" : "bank") as "openid" | "bank",
  }
  await (format === "csv" ? writePayoutBatchCsv : writePayoutBatchXlsx)(header, rows, res)
}
