import { ActionMenu } from "@medusajs/dashboard/components"
import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../../../../components/query-error-state"
import { SectionSkeleton } from "../../../../components/section-skeleton"
import { useCustomerTiers, useDeleteCustomerTier, useEvaluateCustomerTiers } from "../../../../hooks/api/customer-insights"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { CustomerTier } from "../../../../types/customer-insights"
import { CustomerTierFormDrawer } from "./customer-tier-form"
import { describeCustomerTierRule } from "./describe-rule"

/** The tiers, highest first, with their rules and head counts; create, edit, delete, evaluate now. */
export const CustomerTiersSection = () => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.customerTiers.${key}`, options)
  const locale = useIntlLocale()
  const tierName = useTierName()
  const prompt = usePrompt()
  const { tiers, isPending, isError, error, refetch } = useCustomerTiers()
  const [editing, setEditing] = useState<CustomerTier | null>(null)
  const [open, setOpen] = useState(false)
  const remove = useDeleteCustomerTier()
  const evaluate = useEvaluateCustomerTiers()

  const onDelete = async (tier: CustomerTier) => {
    const confirmed = await prompt({
      title: k("delete.title", { code: tier.code }),
      description: k("delete.description", { count: tier.customer_count }),
      confirmText: t("distribution.actions.delete"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!confirmed) return
    remove.mutate(tier.id, {
      onSuccess: () => toast.success(k("delete.success", { code: tier.code })),
      onError: (e) => toast.error(e.message),
    })
  }

  const onEvaluate = async () => {
    const confirmed = await prompt({
      title: k("evaluate.title"),
      description: k("evaluate.description"),
      confirmText: k("evaluate.confirm"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!confirmed) return
    evaluate.mutate(undefined, {
      onSuccess: (r) => toast.success(k("evaluate.done", { evaluated: r.evaluated, changed: r.changed })),
      onError: (e) => toast.error(e.message),
    })
  }

  if (isPending) return <SectionSkeleton rows={3} />
  if (isError) return <QueryErrorState error={error} onRetry={refetch} />

  return (
    <Container className="divide-y p-0" data-testid="customer-tiers-section">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h1">{k("title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            isLoading={evaluate.isPending}
            disabled={evaluate.isPending || !tiers?.length}
            onClick={onEvaluate}
            data-testid="customer-tiers-evaluate"
          >
            {k("evaluate.button")}
          </Button>
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={() => {
              setEditing(null)
              setOpen(true)
            }}
            data-testid="customer-tiers-create"
          >
            <Plus />
            {k("create")}
          </Button>
        </div>
      </div>
      {!tiers?.length ? (
        <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="customer-tiers-empty">
          <Text size="small" weight="plus">
            {k("emptyHeading")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {k("emptyDescription")}
          </Text>
        </div>
      ) : (
        tiers.map((tier) => (
          <div key={tier.id} className="flex items-start justify-between gap-x-4 px-6 py-4" data-testid={`customer-tier-${tier.code}`}>
            <div className="flex flex-col gap-y-1">
              <div className="flex items-center gap-x-2">
                <Text size="small" weight="plus">
                  {tierName(tier)}
                </Text>
                <Badge size="2xsmall">{tier.code}</Badge>
                <Badge size="2xsmall" color="blue">
                  {k("rankBadge", { rank: tier.rank })}
                </Badge>
              </div>
              {tier.rules.length ? (
                <ul className="flex flex-col gap-y-0.5">
                  {tier.rules.map((rule, i) => (
                    <li key={rule.id ?? i}>
                      <Text size="small" className="text-ui-fg-subtle">
                        {`${i > 0 ? `${k("rules.or")} ` : ""}${describeCustomerTierRule(rule, t, locale)}`}
                      </Text>
                    </li>
                  ))}
                </ul>
              ) : (
                <Text size="small" className="text-ui-fg-error">
                  {k("rules.noneWarning")}
                </Text>
              )}
              {tier.customer_group_id && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  <Link to={`/customer-groups/${tier.customer_group_id}`} className="text-ui-fg-interactive hover:underline">
                    {k("groupLink")}
                  </Link>
                </Text>
              )}
            </div>
            <div className="flex items-center gap-x-3">
              <Text size="small" className="tabular-nums whitespace-nowrap" data-testid={`customer-tier-${tier.code}-count`}>
                {k("customerCount", { count: tier.customer_count })}
              </Text>
              <ActionMenu
                groups={[
                  {
                    actions: [
                      {
                        label: t("distribution.actions.edit"),
                        icon: <PencilSquare />,
                        onClick: () => {
                          setEditing(tier)
                          setOpen(true)
                        },
                      },
                    ],
                  },
                  { actions: [{ label: t("distribution.actions.delete"), icon: <Trash />, onClick: () => onDelete(tier) }] },
                ]}
              />
            </div>
          </div>
        ))
      )}
      <CustomerTierFormDrawer open={open} tier={editing} onClose={() => setOpen(false)} />
    </Container>
  )
}
