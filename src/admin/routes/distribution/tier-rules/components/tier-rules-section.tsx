import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Skeleton, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { SectionErrorRow } from "../../../../components/section-error-row"
import { useDeleteTierRule, useTierRules } from "../../../../hooks/api/performance"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { formatMoney } from "../../../../lib/format-money"
import { TierRule } from "../../../../types/performance"
import { TierRuleDrawer } from "./tier-rule-drawer"

/** The merchant's tier rules: what moves dealers up or down, with create, edit and delete. */
export const TierRulesSection = () => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const tierName = useTierName()
  const prompt = usePrompt()
  const { tier_rules, isPending, isError, error, refetch } = useTierRules({ limit: 100 })
  const [editing, setEditing] = useState<TierRule | null>(null)
  const [open, setOpen] = useState(false)
  const remove = useDeleteTierRule({
    onSuccess: () => toast.success(k("toasts.deleted")),
    onError: (e) => toast.error(e.message),
  })
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.tierRules.${key}`, options)

  const openDrawer = (rule: TierRule | null) => {
    setEditing(rule)
    setOpen(true)
  }
  const confirmDelete = async (rule: TierRule) => {
    const ok = await prompt({
      title: k("deleteTitle"),
      description: k("deleteDescription"),
      confirmText: t("distribution.actions.delete"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (ok) remove.mutate(rule.id)
  }

  return (
    <Container className="divide-y p-0" data-testid="tier-rules-section">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{k("rulesTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("rulesSubtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => openDrawer(null)} data-testid="tier-rule-create">
          <Plus />
          {k("create")}
        </Button>
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
        </div>
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !tier_rules?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="tier-rules-empty">
          {k("empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{k("fields.direction")}</Table.HeaderCell>
              <Table.HeaderCell>{k("fields.move")}</Table.HeaderCell>
              <Table.HeaderCell>{k("fields.condition")}</Table.HeaderCell>
              <Table.HeaderCell>{k("fields.active")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tier_rules.map((rule) => (
              <Table.Row key={rule.id} data-testid={`tier-rule-row-${rule.id}`}>
                <Table.Cell>
                  <Badge size="2xsmall" color={rule.direction === "upgrade" ? "green" : "orange"}>
                    {k(`directions.${rule.direction}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {tierName(rule.from_tier) || rule.from_tier_id} → {tierName(rule.to_tier) || rule.to_tier_id}
                </Table.Cell>
                <Table.Cell className="whitespace-normal">
                  <Text size="small">
                    {k("condition", {
                      months: rule.window_months,
                      sales: formatMoney(rule.min_sales, rule.currency_code, locale),
                      customers: rule.min_active_customers,
                    })}
                    {rule.min_downline_sales != null &&
                      ` ${k("conditionDownline", { sales: formatMoney(rule.min_downline_sales, rule.currency_code, locale) })}`}
                  </Text>
                  {rule.description && (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {rule.description}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={rule.active ? "green" : "grey"}>{rule.active ? k("active") : k("inactive")}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <IconButton size="small" variant="transparent" onClick={() => openDrawer(rule)} data-testid={`tier-rule-edit-${rule.id}`} aria-label={t("distribution.actions.edit")}>
                      <PencilSquare />
                    </IconButton>
                    <IconButton size="small" variant="transparent" onClick={() => confirmDelete(rule)} data-testid={`tier-rule-delete-${rule.id}`} aria-label={t("distribution.actions.delete")}>
                      <Trash />
                    </IconButton>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <TierRuleDrawer open={open} onOpenChange={setOpen} rule={editing} />
    </Container>
  )
}
