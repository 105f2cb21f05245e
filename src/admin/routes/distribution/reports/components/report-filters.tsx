import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData, useRegions } from "@medusajs/dashboard/hooks"
import { DatePicker, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

import { CurrencySelect } from "../../../../components/inputs/currency-select"
import { dealersQueryKeys } from "../../../../hooks/api/query-keys"
import { useTiers } from "../../../../hooks/api/tiers"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { sdk } from "../../../../lib/sdk"
import { AdminDealerListResponse } from "../../../../types/dealer"
import { ReportDefinition } from "./report-definitions"
import { fromDateParam, PERIOD_PRESETS, PeriodPreset, toDateParam } from "./report-period"
import { ReportParams } from "./use-report-params"

const ALL = "all"
// Networks have a handful of tiers and a store a handful of regions: one page covers them.
const TIER_QUERY = { limit: 100, order: "rank" }
const REGION_QUERY = { limit: 100, fields: "id,name,currency_code" }

type ReportFiltersProps = {
  params: ReportParams
  report: ReportDefinition
  onChange: (changes: Record<string, string | null | undefined>) => void
  currencies: string[]
  currency?: string
}

const Field = ({ label, children, className = "w-44" }: { label: string; children: ReactNode; className?: string }) => (
  <div className={`flex flex-col gap-y-1 ${className}`}>
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)

/** Period (presets or a custom range of days), dealer, tier, region and currency. */
export const ReportFilters = ({ params, report, onChange, currencies, currency }: ReportFiltersProps) => {
  const { t } = useTranslation()
  const k = (key: string) => t(`distribution.reports.${key}`)

  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-4" data-testid="reports-filters">
      <Field label={k("filters.period")}>
        <Select
          value={params.preset}
          onValueChange={(value) =>
            onChange(
              value === "custom"
                ? { period: value }
                : { period: value as PeriodPreset, from: null, to: null }
            )
          }
        >
          <Select.Trigger data-testid="reports-period">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PERIOD_PRESETS.map((preset) => (
              <Select.Item key={preset} value={preset}>
                {k(`periods.${preset}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {params.preset === "custom" && (
        <>
          <Field label={k("filters.from")} className="w-44">
            <div data-testid="reports-from">
              <DatePicker
                granularity="day"
                value={fromDateParam(params.from)}
                maxValue={fromDateParam(params.to) ?? undefined}
                onChange={(date) => onChange({ from: date ? toDateParam(date) : null })}
              />
            </div>
          </Field>
          <Field label={k("filters.to")} className="w-44">
            <div data-testid="reports-to">
              <DatePicker
                granularity="day"
                value={fromDateParam(params.to)}
                minValue={fromDateParam(params.from) ?? undefined}
                onChange={(date) => onChange({ to: date ? toDateParam(date) : null })}
              />
            </div>
          </Field>
        </>
      )}
      {report.filters.includes("dealer") && (
        <Field label={k("filters.dealer")} className="w-60">
          <DealerFilter value={params.dealer_id} onChange={(id) => onChange({ dealer_id: id ?? null })} />
        </Field>
      )}
      {report.filters.includes("tier") && (
        <Field label={k("filters.tier")}>
          <TierFilter value={params.tier_id} onChange={(id) => onChange({ tier_id: id ?? null })} />
        </Field>
      )}
      {report.filters.includes("region") && (
        <Field label={k("filters.region")}>
          <RegionFilter value={params.region_id} onChange={(id) => onChange({ region_id: id ?? null })} />
        </Field>
      )}
      <Field label={k("filters.currency")} className="w-28">
        <CurrencySelect
          value={currency}
          onChange={(code) => onChange({ currency_code: code })}
          currencies={currencies}
          testId="reports-currency"
        />
      </Field>
    </div>
  )
}

/** A searchable dealer picker (code and names), clearable for every dealer. */
const DealerFilter = ({ value, onChange }: { value?: string; onChange: (id?: string) => void }) => {
  const { t } = useTranslation()
  const dealers = useComboboxData({
    queryKey: [...dealersQueryKeys.all, "combobox"],
    queryFn: (params: { q?: string; limit?: number; offset?: number; id?: string | string[] }) =>
      sdk.client.fetch<AdminDealerListResponse>("/admin/distribution/dealers", { query: params }),
    getOptions: (data) =>
      data.dealers.map((dealer) => ({ label: `${dealer.code} · ${dealer.display_name}`, value: dealer.id })),
    // A dealer picked before a reload shows by name, not as an id.
    defaultValueKey: "id",
    defaultValue: value,
  })

  return (
    <Combobox
      value={value}
      onChange={(next) => onChange(typeof next === "string" && next ? next : undefined)}
      options={dealers.options}
      searchValue={dealers.searchValue}
      onSearchValueChange={dealers.onSearchValueChange}
      fetchNextPage={dealers.fetchNextPage}
      isFetchingNextPage={dealers.isFetchingNextPage}
      placeholder={t("distribution.reports.filters.allDealers")}
      noResultsPlaceholder={t("distribution.common.emptySearchResults")}
      disabled={dealers.disabled}
      allowClear
      data-testid="reports-dealer"
    />
  )
}

const TierFilter = ({ value, onChange }: { value?: string; onChange: (id?: string) => void }) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { tiers } = useTiers(TIER_QUERY)

  return (
    <Select value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)}>
      <Select.Trigger data-testid="reports-tier">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{t("distribution.reports.filters.allTiers")}</Select.Item>
        {(tiers ?? []).map((tier) => (
          <Select.Item key={tier.id} value={tier.id}>
            {`${tierName(tier)} (${tier.code})`}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const RegionFilter = ({ value, onChange }: { value?: string; onChange: (id?: string) => void }) => {
  const { t } = useTranslation()
  const { regions } = useRegions(REGION_QUERY)

  return (
    <Select value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)}>
      <Select.Trigger data-testid="reports-region">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{t("distribution.reports.filters.allRegions")}</Select.Item>
        {(regions ?? []).map((region: { id: string; name: string }) => (
          <Select.Item key={region.id} value={region.id}>
            {region.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
