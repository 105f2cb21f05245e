import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Plus, XMark } from "@medusajs/icons"
import { Alert, Button, Container, Heading, IconButton, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { useFieldArray, useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { DealerCombobox } from "../../../../components/inputs/dealer-combobox"
import { FormTextField } from "../../../../components/inputs/form-text-field"
import { ProductCombobox } from "../../../../components/inputs/product-combobox"
import { useCommissionPreview } from "../../../../hooks/api/commission-plan"
import { sdk } from "../../../../lib/sdk"
import { CommissionRuleInput, CommissionSplit } from "../../../../types/commission"
import { CommissionPreviewResult } from "./commission-preview-result"
import {
  createPreviewFormSchema,
  emptyPreviewLine,
  previewFormDefaults,
  PreviewFormValues,
  PreviewProduct,
  toPreviewRequest,
} from "./commission-preview-schema"
import { RuleSelectField } from "./rule-select-field"
import { useStoreCurrencies } from "./use-store-currencies"

type CommissionPreviewSectionProps = {
  /** The draft's rules as the API takes them, or null (and its issues shown) when they cannot be sent. */
  getRules: () => CommissionRuleInput[] | null
  /** The draft's rules now, to tell when a shown result is out of date. */
  rulesSignature: string
}

const MAX_LINES = 20

/** The sample lines' products with what rules match on (collection, categories), in one request. */
const useFetchPreviewProducts = () => {
  const queryClient = useQueryClient()
  return async (ids: string[]): Promise<Map<string, PreviewProduct>> => {
    if (!ids.length) {
      return new Map()
    }
    const { products } = await queryClient.fetchQuery({
      queryKey: ["distribution_commission_preview_products", ids],
      queryFn: () =>
        sdk.admin.product.list({
          id: ids,
          limit: ids.length,
          fields: "id,title,collection_id,*categories",
        }),
    })
    return new Map(
      products.map((product) => [
        product.id,
        {
          id: product.id,
          title: product.title,
          collection_id: product.collection_id ?? null,
          category_ids: (product.categories ?? []).map((category) => category.id),
        },
      ])
    )
  }
}

/**
 * Splits a sample order with the plan as it is in the editor, saved or not,
 * up the chosen dealer's current upline. Nothing is written.
 */
export const CommissionPreviewSection = ({ getRules, rulesSignature }: CommissionPreviewSectionProps) => {
  const { t } = useTranslation()
  const { currencies, defaultCurrency } = useStoreCurrencies()
  const schema = useMemo(() => createPreviewFormSchema(t), [t])
  const form = useForm<PreviewFormValues>({
    defaultValues: previewFormDefaults(defaultCurrency),
    resolver: zodResolver(schema),
  })
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "lines" })
  const fetchProducts = useFetchPreviewProducts()
  const [fetchingProducts, setFetchingProducts] = useState(false)
  const preview = useCommissionPreview()
  const [result, setResult] = useState<{ split: CommissionSplit; rules: string; sample: string } | null>(null)

  // The store's default currency may arrive after the page opened.
  useEffect(() => {
    if (defaultCurrency && !form.getValues("currency_code")) {
      form.setValue("currency_code", defaultCurrency)
    }
  }, [defaultCurrency, form])

  const values = useWatch({ control: form.control })
  const sampleSignature = JSON.stringify(values)
  const stale = result !== null && (result.rules !== rulesSignature || result.sample !== sampleSignature)
  const currencyCode = values.currency_code ?? ""

  const onSubmit = form.handleSubmit(async (submitted) => {
    const rules = getRules()
    if (!rules) {
      toast.error(t("distribution.commissionPlan.preview.fixRulesFirst"))
      return
    }
    let products: Map<string, PreviewProduct>
    setFetchingProducts(true)
    try {
      const ids = Array.from(new Set(submitted.lines.map((line) => line.product_id).filter(Boolean))).sort()
      products = await fetchProducts(ids)
    } catch (error) {
      toast.error((error as Error).message)
      return
    } finally {
      setFetchingProducts(false)
    }
    const signatures = { rules: rulesSignature, sample: JSON.stringify(form.getValues()) }
    preview.mutate(toPreviewRequest(submitted, rules, products), {
      onSuccess: ({ split }) => setResult({ split, ...signatures }),
      // e.g. 404 for a dealer deleted meanwhile, or a 400 naming a rule.
      onError: (error) => {
        toast.error(error.message)
      },
    })
  })

  return (
    <Container className="divide-y p-0" data-testid="commission-preview-section">
      <div className="flex flex-col px-6 py-4">
        <Heading level="h2">{t("distribution.commissionPlan.preview.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.commissionPlan.preview.subtitle")}
        </Text>
      </div>
      <Form {...form}>
        <KeyboundForm onSubmit={onSubmit} className="flex flex-col gap-y-6 px-6 py-4" data-testid="commission-preview-form">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <Form.Field
              control={form.control}
              name="dealer_id"
              render={({ field }) => (
                <Form.Item>
                  <Form.Label>{t("distribution.commissionPlan.preview.dealerField")}</Form.Label>
                  <Form.Control>
                    <DealerCombobox
                      value={field.value || undefined}
                      onChange={(value) => field.onChange(value ?? "")}
                      testId="commission-preview-dealer"
                    />
                  </Form.Control>
                  <Form.Hint>{t("distribution.commissionPlan.preview.dealerHint")}</Form.Hint>
                  <Form.ErrorMessage />
                </Form.Item>
              )}
            />
            <RuleSelectField
              control={form.control}
              name="currency_code"
              label={t("distribution.commissionPlan.form.currency")}
              options={Array.from(new Set([...currencies, ...(currencyCode ? [currencyCode] : [])])).map(
                (code) => ({ value: code, label: code.toUpperCase() })
              )}
              placeholder={t("distribution.common.loading")}
              testId="commission-preview-currency"
            />
            <FormTextField
              control={form.control}
              name="month_sales"
              label={t("distribution.commissionPlan.preview.monthSales", { currency: currencyCode.toUpperCase() })}
              hint={t("distribution.commissionPlan.preview.monthSalesHint")}
              placeholder="0"
              optional
              testId="commission-preview-month-sales"
            />
          </div>

          <fieldset className="flex flex-col gap-y-3">
            <legend className="mb-2">
              <Text size="small" weight="plus" as="span">
                {t("distribution.commissionPlan.preview.lines")}
              </Text>
            </legend>
            {fields.map((line, index) => (
              <div
                key={line.id}
                className="bg-ui-bg-subtle grid grid-cols-1 gap-3 rounded-lg px-4 py-3 md:grid-cols-[2fr_2fr_1fr_1fr_1fr_28px]"
                data-testid="commission-preview-line-input"
              >
                <Form.Field
                  control={form.control}
                  name={`lines.${index}.product_id`}
                  render={({ field }) => (
                    <Form.Item>
                      <Form.Label>
                        {t("distribution.commissionPlan.preview.product")}
                      </Form.Label>
                      <Form.Control>
                        <ProductCombobox
                          value={field.value || undefined}
                          onChange={(value) => field.onChange(value ?? "")}
                          testId={`commission-preview-product-${index}`}
                        />
                      </Form.Control>
                      <Form.ErrorMessage />
                    </Form.Item>
                  )}
                />
                <FormTextField
                  control={form.control}
                  name={`lines.${index}.title`}
                  label={t("distribution.commissionPlan.preview.lineTitleField")}
                  placeholder={t("distribution.commissionPlan.preview.lineTitlePlaceholder")}
                  optional
                  testId={`commission-preview-title-${index}`}
                />
                <FormTextField
                  control={form.control}
                  name={`lines.${index}.quantity`}
                  type="number"
                  label={t("distribution.commissionPlan.preview.quantity")}
                  testId={`commission-preview-quantity-${index}`}
                />
                <FormTextField
                  control={form.control}
                  name={`lines.${index}.unit_price`}
                  label={t("distribution.commissionPlan.preview.unitPrice")}
                  placeholder="100"
                  testId={`commission-preview-unit-price-${index}`}
                />
                <FormTextField
                  control={form.control}
                  name={`lines.${index}.discount`}
                  label={t("distribution.commissionPlan.preview.discount")}
                  placeholder="0"
                  optional
                  testId={`commission-preview-discount-${index}`}
                />
                <div className="flex items-end pb-1">
                  <IconButton
                    size="small"
                    variant="transparent"
                    type="button"
                    disabled={fields.length === 1}
                    aria-label={t("distribution.commissionPlan.preview.removeLine", { number: index + 1 })}
                    onClick={() => remove(index)}
                    data-testid={`commission-preview-remove-line-${index}`}
                  >
                    <XMark />
                  </IconButton>
                </div>
              </div>
            ))}
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("distribution.commissionPlan.preview.linesHint")}
            </Text>
          </fieldset>

          <div className="flex flex-wrap items-center justify-between gap-2">
            <Button
              size="small"
              variant="secondary"
              type="button"
              disabled={fields.length >= MAX_LINES}
              onClick={() => append(emptyPreviewLine())}
              data-testid="commission-preview-add-line"
            >
              <Plus />
              {t("distribution.commissionPlan.preview.addLine")}
            </Button>
            <Button
              size="small"
              type="submit"
              isLoading={preview.isPending || fetchingProducts}
              data-testid="commission-preview-run"
            >
              {t("distribution.commissionPlan.preview.run")}
            </Button>
          </div>
        </KeyboundForm>
      </Form>
      {result && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {stale && (
            <Alert variant="warning" data-testid="commission-preview-stale">
              {t("distribution.commissionPlan.preview.stale")}
            </Alert>
          )}
          <CommissionPreviewResult split={result.split} />
        </div>
      )}
    </Container>
  )
}
