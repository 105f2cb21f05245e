import { Badge, Button, Container, Heading, Input, Skeleton, StatusBadge, Table, Tabs, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { SectionErrorRow } from "../../../../components/section-error-row"
import { TablePagination } from "../../../../components/table-pagination"
import {
  useAcceptTierProposal,
  useEvaluateTiers,
  useRejectTierProposal,
  useTierProposals,
} from "../../../../hooks/api/performance"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { formatMoney } from "../../../../lib/format-money"
import { TierProposal, TierProposalStatus } from "../../../../types/performance"

const STATUSES: (TierProposalStatus | "all")[] = ["proposed", "accepted", "applied", "rejected", "all"]
const PAGE = 20

const STATUS_COLOR: Record<TierProposalStatus, "blue" | "green" | "grey" | "purple"> = {
  proposed: "blue",
  accepted: "green",
  applied: "purple",
  rejected: "grey",
}

const lastMonth = () => {
  const d = new Date()
  const m = new Date(d.getFullYear(), d.getMonth() - 1, 1)
  return `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, "0")}`
}

/** The proposals the evaluation made, to accept or reject; and a way to evaluate a month now. */
export const TierProposalsSection = () => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const tierName = useTierName()
  const prompt = usePrompt()
  const [status, setStatus] = useState<TierProposalStatus | "all">("proposed")
  const [offset, setOffset] = useState(0)
  const [month, setMonth] = useState(lastMonth())
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.tierRules.${key}`, options)
  const { tier_proposals, count, isPending, isError, error, refetch } = useTierProposals({
    ...(status === "all" ? {} : { status }),
    limit: PAGE,
    offset,
  })
  const fail = (e: Error) => toast.error(e.message)
  const accept = useAcceptTierProposal({ onSuccess: () => toast.success(k("toasts.accepted")), onError: fail })
  const reject = useRejectTierProposal({ onSuccess: () => toast.success(k("toasts.rejected")), onError: fail })
  const evaluate = useEvaluateTiers({
    onSuccess: ({ evaluation }) =>
      toast.success(k("toasts.evaluated", { count: evaluation.proposed.length, applied: evaluation.applied.length, period: evaluation.period_key })),
    onError: fail,
  })

  const decide = async (proposal: TierProposal, decision: "accept" | "reject") => {
    const ok = await prompt({
      title: decision === "accept" ? k("acceptTitle") : k("rejectTitle"),
      description: k(decision === "accept" ? "acceptDescription" : "rejectDescription", {
        dealer: proposal.dealer?.display_name ?? proposal.dealer_id,
        from: tierName(proposal.from_tier),
        to: tierName(proposal.to_tier),
      }),
      confirmText: decision === "accept" ? k("accept") : k("reject"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!ok) return
    if (decision === "accept") accept.mutate({ id: proposal.id })
    else reject.mutate({ id: proposal.id })
  }

  const money = (p: TierProposal, v: string) => formatMoney(v, p.measured.currency_code, locale)

  return (
    <Container className="divide-y p-0" data-testid="tier-proposals-section">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h2">{k("proposalsTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("proposalsSubtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input
            size="small"
            className="w-[110px]"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            placeholder="YYYY-MM"
            aria-label={k("evaluateMonth")}
            data-testid="tier-evaluate-month"
          />
          <Button
            size="small"
            variant="secondary"
            isLoading={evaluate.isPending}
            disabled={!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)}
            onClick={() => evaluate.mutate({ period: month })}
            data-testid="tier-evaluate"
          >
            {k("evaluate")}
          </Button>
        </div>
      </div>
      <div className="px-6 py-3">
        <Tabs
          value={status}
          onValueChange={(v) => {
            setStatus(v as TierProposalStatus | "all")
            setOffset(0)
          }}
        >
          <Tabs.List>
            {STATUSES.map((s) => (
              <Tabs.Trigger key={s} value={s} data-testid={`tier-proposals-tab-${s}`}>
                {k(`statuses.${s}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
        </div>
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !tier_proposals?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="tier-proposals-empty">
          {k("proposalsEmpty")}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{k("fields.dealer")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.move")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.period")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.measured")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.status")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {tier_proposals.map((p) => (
                <Table.Row key={p.id} data-testid={`tier-proposal-row-${p.dealer?.code ?? p.dealer_id}`}>
                  <Table.Cell>
                    <Link to={`/distribution/dealers/${p.dealer_id}`} className="text-ui-fg-interactive hover:underline">
                      {p.dealer?.display_name ?? p.dealer_id}
                    </Link>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {p.dealer?.code}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <Badge size="2xsmall" color={p.direction === "upgrade" ? "green" : "orange"}>
                        {k(`directions.${p.direction}`)}
                      </Badge>
                      <Text size="small">
                        {tierName(p.from_tier)} → {tierName(p.to_tier)}
                      </Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small">{p.period_key}</Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {p.measured.window.first_month === p.measured.window.last_month
                        ? p.measured.window.last_month
                        : `${p.measured.window.first_month} – ${p.measured.window.last_month}`}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    <ul className="flex flex-col">
                      {(p.measured.checks ?? []).map((c) => (
                        <li key={c.figure} className={c.met ? "txt-compact-xsmall text-ui-fg-subtle" : "txt-compact-xsmall text-ui-fg-error"}>
                          {k(`figures.${c.figure}`)}:{" "}
                          {c.figure === "active_customers" ? c.measured : money(p, c.measured)} {c.met ? "≥" : "<"}{" "}
                          {c.figure === "active_customers" ? c.minimum : money(p, c.minimum)}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[p.status]}>{k(`statuses.${p.status}`)}</StatusBadge>
                    {p.note && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {p.note}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {p.status === "proposed" && (
                      <div className="flex justify-end gap-x-2">
                        <Button size="small" variant="secondary" onClick={() => decide(p, "reject")} data-testid={`tier-proposal-reject-${p.id}`}>
                          {k("reject")}
                        </Button>
                        <Button size="small" onClick={() => decide(p, "accept")} data-testid={`tier-proposal-accept-${p.id}`}>
                          {k("accept")}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {(count ?? 0) > PAGE && (
            <TablePagination count={count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
          )}
        </>
      )}
    </Container>
  )
}
