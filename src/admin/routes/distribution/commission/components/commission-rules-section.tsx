import { ArrowDownMini, ArrowUpMini, Plus } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, IconButton, Switch, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { DraftRule } from "../../../../lib/commission-plan-draft"
import { useDescribeRule } from "./use-describe-rule"
import { RuleIssue } from "./use-plan-issues"

type CommissionRulesSectionProps = {
  rules: DraftRule[]
  /** Shown after a save or preview was refused because of them. */
  issues: RuleIssue[] | null
  /** The server's refusal of the last save, and the rule it names (0-based) if any. */
  serverError: { message: string; index: number | null } | null
  /** False once the plan holds as many rules as the API takes. */
  canAdd: boolean
  onAdd: () => void
  onEdit: (index: number) => void
  onMove: (index: number, to: number) => void
  onToggle: (index: number, active: boolean) => void
  onDelete: (index: number) => void
}

/** The plan's rules in order, edited in a drawer; order, activity and deletion in place. */
export const CommissionRulesSection = ({
  rules,
  issues,
  serverError,
  canAdd,
  onAdd,
  onEdit,
  onMove,
  onToggle,
  onDelete,
}: CommissionRulesSectionProps) => {
  const { t } = useTranslation()
  const describe = useDescribeRule(rules)
  const issuesByKey = new Map((issues ?? []).map((issue) => [issue.key, issue]))
  const ruleLabel = (rule: DraftRule, index: number) =>
    rule.name
      ? t("distribution.commissionPlan.rules.numberedNamed", { number: index + 1, name: rule.name })
      : t("distribution.commissionPlan.rules.numbered", { number: index + 1 })

  return (
    <Container className="divide-y p-0" data-testid="commission-rules-section">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex max-w-3xl flex-col">
          <Heading level="h2">{t("distribution.commissionPlan.rules.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.commissionPlan.rules.precedence")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={!canAdd}
          onClick={onAdd}
          data-testid="commission-rule-add"
        >
          <Plus />
          {t("distribution.commissionPlan.rules.add")}
        </Button>
      </div>

      {(serverError || (issues && issues.length > 0)) && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="commission-plan-errors">
          {serverError && (
            <Alert variant="error" data-testid="commission-plan-server-error">
              {serverError.message}
            </Alert>
          )}
          {issues && issues.length > 0 && (
            <Alert variant="error" data-testid="commission-plan-issues">
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  {t("distribution.commissionPlan.rules.fixIssues")}
                </Text>
                <ul className="list-disc pl-4">
                  {issues.map((issue) => (
                    <li key={issue.key}>
                      <Text size="small">
                        {`${ruleLabel(rules[issue.index], issue.index)}: ${issue.messages.join(" ")}`}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            </Alert>
          )}
        </div>
      )}

      {!rules.length ? (
        <div
          className="flex flex-col items-center gap-y-3 px-6 py-10"
          data-testid="commission-rules-empty"
        >
          <Text size="small" weight="plus">
            {t("distribution.commissionPlan.rules.emptyHeading")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle text-center">
            {t("distribution.commissionPlan.rules.emptyDescription")}
          </Text>
          <Button size="small" type="button" onClick={onAdd} data-testid="commission-rule-add-first">
            <Plus />
            {t("distribution.commissionPlan.rules.addFirst")}
          </Button>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="commission-rules">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.position")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.scope")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.tier")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.level")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.type")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.value")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.columns.active")}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">{t("distribution.fields.actions")}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rules.map((rule, index) => {
                const scope = describe.scope(rule)
                const issue = issuesByKey.get(rule.key)
                const serverFlagged = serverError?.index === index
                const label = ruleLabel(rule, index)
                const activeId = `commission-rule-active-${rule.key}`
                return (
                  <Table.Row
                    key={rule.key}
                    data-testid="commission-rule-row"
                    data-rule-id={rule.id ?? ""}
                    data-position={index}
                    data-active={rule.is_active}
                    data-invalid={Boolean(issue) || serverFlagged}
                    className={rule.is_active ? undefined : "text-ui-fg-muted"}
                  >
                    <Table.Cell>
                      <div className="flex items-center gap-x-1">
                        <Text size="small" className="w-6 tabular-nums" data-testid="commission-rule-cell-position">
                          {index + 1}
                        </Text>
                        <IconButton
                          size="2xsmall"
                          variant="transparent"
                          type="button"
                          aria-label={t("distribution.commissionPlan.rules.moveUp", { rule: label })}
                          disabled={index === 0}
                          onClick={() => onMove(index, index - 1)}
                          data-testid="commission-rule-move-up"
                        >
                          <ArrowUpMini />
                        </IconButton>
                        <IconButton
                          size="2xsmall"
                          variant="transparent"
                          type="button"
                          aria-label={t("distribution.commissionPlan.rules.moveDown", { rule: label })}
                          disabled={index === rules.length - 1}
                          onClick={() => onMove(index, index + 1)}
                          data-testid="commission-rule-move-down"
                        >
                          <ArrowDownMini />
                        </IconButton>
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col gap-y-1 py-2">
                        <Text size="small" weight="plus" data-testid="commission-rule-cell-name">
                          {rule.name || t("distribution.common.empty")}
                        </Text>
                        {(issue || serverFlagged) && (
                          <Badge size="2xsmall" color="red" className="w-fit" title={issue?.messages.join(" ")}>
                            {t("distribution.commissionPlan.rules.needsAttention")}
                          </Badge>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-2" data-testid="commission-rule-cell-scope" data-scope={rule.scope_type}>
                        <Text size="small">{scope.kind}</Text>
                        {scope.title && (
                          <Text size="xsmall" className="text-ui-fg-subtle max-w-[220px] truncate" title={scope.title}>
                            {scope.title}
                          </Text>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" data-testid="commission-rule-cell-tier">
                        {describe.tier(rule)}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" data-testid="commission-rule-cell-level">
                        {rule.level}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" data-testid="commission-rule-cell-type" data-type={rule.type}>
                        {t(`distribution.commissionPlan.types.${rule.type}`)}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" className="max-w-[280px] whitespace-normal" data-testid="commission-rule-cell-value">
                        {describe.value(rule) || t("distribution.common.empty")}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Switch
                        id={activeId}
                        size="small"
                        checked={rule.is_active}
                        onCheckedChange={(checked) => onToggle(index, checked)}
                        aria-label={t("distribution.commissionPlan.rules.toggleActive", { rule: label })}
                        data-testid="commission-rule-active"
                      />
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex items-center justify-end gap-x-1">
                        <Button
                          size="small"
                          variant="transparent"
                          type="button"
                          onClick={() => onEdit(index)}
                          aria-label={t("distribution.commissionPlan.rules.editRule", { rule: label })}
                          data-testid="commission-rule-edit"
                        >
                          {t("distribution.actions.edit")}
                        </Button>
                        <Button
                          size="small"
                          variant="transparent"
                          type="button"
                          className="text-ui-fg-error"
                          onClick={() => onDelete(index)}
                          aria-label={t("distribution.commissionPlan.rules.deleteRule", { rule: label })}
                          data-testid="commission-rule-delete"
                        >
                          {t("distribution.actions.delete")}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
