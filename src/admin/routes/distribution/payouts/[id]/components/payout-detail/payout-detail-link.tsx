type PayoutDetailLinkProps = {
  payoutId: string
  label: string
  onOpen: (payoutId: string) => void
  testId: string
}

/** A link-styled button to another payout (the one retried, or its retry), opened in the same drawer. */
export const PayoutDetailLink = ({ payoutId, label, onOpen, testId }: PayoutDetailLinkProps) => (
  <button
    type="button"
    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small text-left"
    onClick={() => onOpen(payoutId)}
    data-testid={testId}
    data-payout-id={payoutId}
    title={payoutId}
  >
    {label}
  </button>
)
