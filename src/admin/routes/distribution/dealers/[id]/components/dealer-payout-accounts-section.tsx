import { useDate } from "@medusajs/dashboard/hooks"
import { PencilSquare, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Label, Skeleton, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PayoutAccountStatusBadge } from "../../../../../components/payout-account-status-badge"
import { ConfirmPrompt } from "../../../../../components/confirm-prompt"
import { usePayoutProviderLabel } from "../../../../../components/payout-provider-label"
import { SectionErrorRow } from "../../../../../components/section-error-row"
import {
  PayoutAccountCommand,
  useDealerPayoutAccounts,
  usePayoutAccountCommand,
} from "../../../../../hooks/api/payouts"
import {
  accountChangeFields,
  PayoutAccountAction,
  payoutAccountActions,
} from "../../../../../lib/payout-actions"
import { AdminDealerDetail } from "../../../../../types/dealer"
import { AdminPayoutAccount, AdminPayoutAccountChange } from "../../../../../types/payout"

const HISTORY_PAGE = 5
const REASON_MAX = 500

/**
 * The label of a change record's field. The server records an account's
 * fields under their own names (the values masked: `account_number`,
 * `openid`, `real_name`) and a lock's `reason`; they share the labels of the
 * account's masked view fields.
 */
const HISTORY_LABELS: Record<string, string> = {
  account_number: "account_number_masked",
  openid: "openid_masked",
  real_name: "real_name_masked",
  reason: "lock_reason",
}

/** The masked fields of an account, labelled: bank, holder and number, or real name and OpenID. */
const AccountFields = ({ account }: { account: AdminPayoutAccount }) => {
  const { t } = useTranslation()
  const fields = [
    ["bankName", account.bank_name],
    ["accountHolder", account.account_holder],
    ["accountNumber", account.account_number_masked],
    ["realName", account.real_name_masked],
    ["openid", account.openid_masked],
  ].filter((field): field is [string, string] => !!field[1])

  if (!fields.length) {
    return null
  }

  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {fields.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="txt-compact-small text-ui-fg-subtle">{t(`distribution.payoutAccounts.fields.${key}`)}</dt>
          <dd
            className={key === "accountNumber" || key === "openid" ? "txt-compact-small font-mono" : "txt-compact-small"}
            data-testid={`payout-account-${key}`}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  )
}

type AccountRowProps = {
  account: AdminPayoutAccount
  /** What each of the row's buttons does. */
  onAction: Record<PayoutAccountAction, (account: AdminPayoutAccount) => void>
  isPending: boolean
}

/** One account: provider, status, masked details, and verify / lock / unlock. */
const AccountRow = ({ account, onAction, isPending }: AccountRowProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const providerLabel = usePayoutProviderLabel()
  const actions = payoutAccountActions(account.status)

  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid={`dealer-payout-account-${account.provider_id}`}
      data-account-id={account.id}
      data-status={account.status}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            {providerLabel(account.provider_id)}
          </Text>
          <PayoutAccountStatusBadge status={account.status} />
        </div>
        <div className="flex items-center gap-x-2">
          {actions.map((action) => (
            <Button
              key={action}
              size="small"
              variant="secondary"
              type="button"
              disabled={isPending}
              onClick={() => onAction[action](account)}
              data-testid={`payout-account-${action}`}
            >
              {t(`distribution.payoutAccounts.actions.${action}`)}
            </Button>
          ))}
        </div>
      </div>
      <AccountFields account={account} />
      {account.status === "locked" && (
        <Text size="small" className="text-ui-fg-error" data-testid="payout-account-lock-reason">
          {[
            account.locked_at &&
              t("distribution.payoutAccounts.fields.locked", {
                date: getFullDate({ date: account.locked_at, includeTime: true }),
              }),
            account.lock_reason &&
              `${t("distribution.payoutAccounts.fields.lockReason")}: ${account.lock_reason}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      )}
      {account.status === "verified" && account.verified_at && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("distribution.payoutAccounts.fields.verified", {
            date: getFullDate({ date: account.verified_at, includeTime: true }),
          })}
        </Text>
      )}
    </div>
  )
}

/** One change: who (the dealer or an admin) and when, and each field before → after, masked. */
const ChangeEntry = ({ change }: { change: AdminPayoutAccountChange }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const providerLabel = usePayoutProviderLabel()
  const empty = t("distribution.common.empty")
  const fields = accountChangeFields(change.before, change.after)

  return (
    <li className="flex flex-col gap-y-1 py-2" data-testid="payout-account-change" data-actor={change.actor_type}>
      <div className="flex flex-wrap items-center justify-between gap-x-2">
        <Text size="small" weight="plus" title={change.actor_id ?? undefined}>
          {`${t(`distribution.payoutAccounts.history.actors.${change.actor_type}`)} · ${providerLabel(change.provider_id)}`}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {getFullDate({ date: change.created_at, includeTime: true })}
        </Text>
      </div>
      {fields.map((field) => (
        <Text key={field.field} size="xsmall" className="text-ui-fg-subtle break-words">
          {`${t(`distribution.payoutAccounts.history.fields.${HISTORY_LABELS[field.field] ?? field.field}`, {
            defaultValue: field.field,
          })}: `}
          <span className="font-mono">{field.before ?? empty}</span>
          {" → "}
          <span className="font-mono text-ui-fg-base">{field.after ?? empty}</span>
        </Text>
      ))}
    </li>
  )
}

/**
 * Where the dealer's commission is paid: its accounts (WeChat bound by the
 * dealer, a bank account set here for the manual provider), their checks
 * (verify, lock with a reason, unlock) and every change made to them.
 */
export const DealerPayoutAccountsSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const { payout_accounts, changes, isPending, isError, error, refetch } = useDealerPayoutAccounts(dealer.id)
  const command = usePayoutAccountCommand(dealer.id)
  const [locking, setLocking] = useState<AdminPayoutAccount | null>(null)
  const [unlocking, setUnlocking] = useState<AdminPayoutAccount | null>(null)
  const [reason, setReason] = useState("")
  const [historyShown, setHistoryShown] = useState(HISTORY_PAGE)
  const accounts = payout_accounts ?? []
  const history = changes ?? []
  const hasManual = accounts.some((account) => account.provider_id === "manual")

  const run = (variables: PayoutAccountCommand) =>
    command.mutate(variables, {
      onSuccess: () => toast.success(t(`distribution.payoutAccounts.${variables.command}.success`)),
      onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
    })

  const onLock = () => {
    const account = locking
    const trimmed = reason.trim()
    setLocking(null)
    if (!account || !trimmed) {
      return
    }
    run({ id: account.id, command: "lock", reason: trimmed })
  }

  const onUnlock = () => {
    const account = unlocking
    setUnlocking(null)
    if (!account) {
      return
    }
    run({ id: account.id, command: "unlock" })
  }

  return (
    <Container className="divide-y p-0" data-testid="dealer-payout-accounts-section">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("distribution.payoutAccounts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.payoutAccounts.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="payout-account" data-testid="dealer-payout-account-set">
            {hasManual ? <PencilSquare /> : <Plus />}
            {t(hasManual ? "distribution.payoutAccounts.actions.editManual" : "distribution.payoutAccounts.actions.setManual")}
          </Link>
        </Button>
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : (
        <>
          {!accounts.length ? (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="dealer-payout-accounts-empty">
              {t("distribution.payoutAccounts.empty")}
            </Text>
          ) : (
            accounts.map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                isPending={command.isPending}
                onAction={{
                  verify: (target) => run({ id: target.id, command: "verify" }),
                  lock: (target) => {
                    setReason("")
                    setLocking(target)
                  },
                  unlock: setUnlocking,
                }}
              />
            ))
          )}
          <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="payout-account-history">
            <Text size="small" weight="plus">
              {t("distribution.payoutAccounts.history.title")}
            </Text>
            {!history.length ? (
              <Text size="small" className="text-ui-fg-subtle">
                {t("distribution.payoutAccounts.history.empty")}
              </Text>
            ) : (
              <>
                <ol className="divide-y divide-dashed">
                  {history.slice(0, historyShown).map((change) => (
                    <ChangeEntry key={change.id} change={change} />
                  ))}
                </ol>
                {history.length > historyShown && (
                  <Button
                    size="small"
                    variant="secondary"
                    className="self-start"
                    type="button"
                    onClick={() => setHistoryShown((shown) => shown + HISTORY_PAGE)}
                  >
                    {t("distribution.actions.loadMore")}
                  </Button>
                )}
              </>
            )}
          </div>
        </>
      )}
      <ConfirmPrompt
        open={!!locking}
        onOpenChange={(open) => !open && setLocking(null)}
        title={t("distribution.payoutAccounts.lock.title")}
        description={t("distribution.payoutAccounts.lock.description")}
        confirmText={t("distribution.payoutAccounts.lock.confirm")}
        onConfirm={onLock}
        confirmDisabled={!reason.trim() || reason.length > REASON_MAX}
        testId="payout-account-lock-prompt"
      >
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="payout-account-lock-reason" size="small" weight="plus">
            {t("distribution.payoutAccounts.lock.reason")}
          </Label>
          <Textarea
            id="payout-account-lock-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t("distribution.payoutAccounts.lock.reasonPlaceholder")}
            maxLength={REASON_MAX}
            data-testid="payout-account-lock-reason-input"
          />
        </div>
      </ConfirmPrompt>
      <ConfirmPrompt
        open={!!unlocking}
        onOpenChange={(open) => !open && setUnlocking(null)}
        variant="confirmation"
        title={t("distribution.payoutAccounts.unlock.title")}
        description={t("distribution.payoutAccounts.unlock.description")}
        confirmText={t("distribution.payoutAccounts.unlock.confirm")}
        onConfirm={onUnlock}
        testId="payout-account-unlock-prompt"
      />
    </Container>
  )
}
