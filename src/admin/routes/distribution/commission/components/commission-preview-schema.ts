import Decimal from "decimal.js"
import type { TFunction } from "i18next"
import { z } from "zod"

import { amountIssue } from "../../../../lib/commission-rate"
import { currencyDecimals } from "../../../../lib/format-money"
import { CommissionPreviewLine, CommissionPreviewRequest, CommissionRuleInput } from "../../../../types/commission"
import { amountMessage } from "./commission-rule-schema"

const CURRENCY_CODE = /^[a-z]{3}$/
const WHOLE_NUMBER = /^\d+$/
// A sample order, not a real one: large enough for any test, small enough to catch typos.
const MAX_QUANTITY = 100000

/** A sample order for the preview: who sold, in which currency, and its lines as typed. */
export const createPreviewFormSchema = (t: TFunction) =>
  z
    .object({
      dealer_id: z.string().min(1, t("distribution.commissionPlan.validation.dealerRequired")),
      currency_code: z.string(),
      month_sales: z.string(),
      lines: z
        .array(
          z.object({
            product_id: z.string(),
            title: z.string().trim().max(200, t("distribution.validation.maxLength", { max: 200 })),
            quantity: z.string(),
            unit_price: z.string(),
            discount: z.string(),
          })
        )
        .min(1, t("distribution.commissionPlan.validation.linesRequired")),
    })
    .superRefine((values, ctx) => {
      const fail = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: "custom", path, message })

      if (!CURRENCY_CODE.test(values.currency_code)) {
        fail(["currency_code"], t("distribution.commissionPlan.validation.currencyRequired"))
        return
      }
      const currency = values.currency_code
      const decimals = currencyDecimals(currency)

      if (values.month_sales.trim()) {
        const issue = amountIssue(values.month_sales, { decimals, allowZero: true })
        if (issue) {
          fail(["month_sales"], amountMessage(t, issue, currency))
        }
      }

      values.lines.forEach((line, index) => {
        const quantity = line.quantity.trim()
        const quantityOk = WHOLE_NUMBER.test(quantity) && Number(quantity) >= 1 && Number(quantity) <= MAX_QUANTITY
        if (!quantityOk) {
          fail(["lines", index, "quantity"], t("distribution.commissionPlan.validation.quantity", { max: MAX_QUANTITY }))
        }
        const priceIssue = amountIssue(line.unit_price, { decimals, allowZero: true })
        if (priceIssue) {
          fail(["lines", index, "unit_price"], amountMessage(t, priceIssue, currency))
        }
        if (!line.discount.trim()) {
          return
        }
        const discountIssue = amountIssue(line.discount, { decimals, allowZero: true })
        if (discountIssue) {
          fail(["lines", index, "discount"], amountMessage(t, discountIssue, currency))
        } else if (quantityOk && !priceIssue) {
          const lineTotal = new Decimal(line.unit_price.trim()).times(quantity)
          if (new Decimal(line.discount.trim()).gt(lineTotal)) {
            fail(["lines", index, "discount"], t("distribution.commissionPlan.validation.discountTooHigh"))
          }
        }
      })
    })

export type PreviewFormValues = z.infer<ReturnType<typeof createPreviewFormSchema>>
export type PreviewLineValues = PreviewFormValues["lines"][number]

export const emptyPreviewLine = (): PreviewLineValues => ({
  product_id: "",
  title: "",
  quantity: "1",
  unit_price: "",
  discount: "",
})

export const previewFormDefaults = (currency: string): PreviewFormValues => ({
  dealer_id: "",
  currency_code: currency,
  month_sales: "",
  lines: [emptyPreviewLine()],
})

/** What the preview needs to match product, collection and category rules. */
export type PreviewProduct = { id: string; title: string; collection_id: string | null; category_ids: string[] }

/** The preview request for the draft rules and the typed sample order. */
export const toPreviewRequest = (
  values: PreviewFormValues,
  rules: CommissionRuleInput[],
  products: Map<string, PreviewProduct>
): CommissionPreviewRequest => ({
  rules,
  dealer_id: values.dealer_id,
  currency_code: values.currency_code,
  ...(values.month_sales.trim() ? { month_sales: values.month_sales.trim() } : {}),
  lines: values.lines.map((line): CommissionPreviewLine => {
    const product = line.product_id ? products.get(line.product_id) : undefined
    const title = line.title.trim() || product?.title
    return {
      ...(title ? { title } : {}),
      ...(line.product_id ? { product_id: line.product_id } : {}),
      ...(product?.collection_id ? { collection_id: product.collection_id } : {}),
      ...(product?.category_ids.length ? { category_ids: product.category_ids } : {}),
      quantity: Number(line.quantity.trim()),
      unit_price: line.unit_price.trim(),
      ...(line.discount.trim() ? { discount: line.discount.trim() } : {}),
    }
  }),
})
