import Decimal from "decimal.js"

export type ReversalLine = {
  line_id: string
  quantity: string | number
  returned_quantity: string | number
  /** What the customer paid for the whole line, tax included. */
  value: string
}

export type ReversalFractionsInput = {
  canceled: boolean
  lines: ReversalLine[]
  /** Everything refunded on the order so far. */
  refunded_total: string
}

const ZERO = new Decimal(0)
const ONE = new Decimal(1)

function clamp01(value: Decimal): Decimal {
  return Decimal.min(ONE, Decimal.max(ZERO, value))
}

/**
 * How much of each line's commission the order's current state takes back,
 * as an exact fraction in [0, 1] per line id.
 *
 * A canceled order takes back everything. Otherwise returned goods take back
 * their share of their line, and a refund only counts beyond what the returns
 * already explain: money refunded for returned goods must not be clawed back
 * twice, and money refunded without goods coming back (goodwill, a price
 * fix) is treated as a price reduction spread over the whole order's
 * remaining value. Refunds above the order's value count as the whole order.
 *
 * The result depends on the state only, never on the order of events, so a
 * caller recomputes it after every change and writes the difference
 * (`reversalsToWrite`). One caveat comes from reversals never shrinking: a
 * refund recorded before the return it pays for first looks like goodwill
 * spread over every line, and when the return arrives the lines the customer
 * kept stay reversed at that earlier share (the order total is still capped).
 */
export function reversalFractions(input: ReversalFractionsInput): Record<string, Decimal> {
  const fractions: Record<string, Decimal> = {}
  const seen = new Set<string>()
  for (const line of input.lines) {
    if (seen.has(line.line_id)) {
      throw new Error(`reversalFractions: line ${line.line_id} appears twice`)
    }
    seen.add(line.line_id)
  }

  if (input.canceled) {
    for (const line of input.lines) fractions[line.line_id] = ONE
    return fractions
  }

  const lines = input.lines.map((line) => {
    const quantity = new Decimal(line.quantity)
    const returned = new Decimal(line.returned_quantity)
    const returnedShare = quantity.lte(0) ? ZERO : clamp01(returned.div(quantity))
    return { id: line.line_id, r: returnedShare, value: Decimal.max(ZERO, new Decimal(line.value)) }
  })

  const orderValue = lines.reduce((sum, l) => sum.plus(l.value), ZERO)
  const explained = lines.reduce((sum, l) => sum.plus(l.r.times(l.value)), ZERO)
  const refunded = Decimal.max(ZERO, new Decimal(input.refunded_total))
  const goodwill = Decimal.max(ZERO, Decimal.min(refunded, orderValue).minus(explained))
  const remaining = orderValue.minus(explained)
  const g = remaining.gt(0) ? Decimal.min(ONE, goodwill.div(remaining)) : ZERO

  for (const l of lines) {
    fractions[l.id] = Decimal.min(ONE, l.r.plus(ONE.minus(l.r).times(g)))
  }
  return fractions
}

export type CommissionAccrualForReversal = {
  id: string
  /** The accrued commission, positive. */
  amount: string
  line_item_id: string
  /** What has been reversed on this accrual so far, as a positive number. */
  reversed: string
}

export type ReversalToWrite = {
  accrual_id: string
  /** The cumulative reversal this accrual should now have, positive, `precision` decimals. */
  target: string
  /** The reversal entry to write: negative, `precision` decimals. */
  amount: string
}

/**
 * The reversal entries that bring each accrual's cumulative reversal up to
 * `fraction × amount`, rounded half-up to the currency's `precision`
 * (a whole reversal is the exact accrual). Reversals only ever grow: a state
 * that asks for less than was already reversed writes nothing, so replaying
 * states is idempotent and the total never exceeds the accrual.
 *
 * An accrual whose line has no fraction reverses nothing. Accrual amounts and
 * `reversed` are expected at `precision` already (the split rounds them), and
 * `reversed` positive; anything else is a caller's bug and throws.
 */
export function reversalsToWrite(
  accruals: CommissionAccrualForReversal[],
  fractions: Record<string, Decimal>,
  precision: number
): ReversalToWrite[] {
  if (!Number.isInteger(precision) || precision < 0 || precision > 20) {
    throw new RangeError(`reversalsToWrite: precision must be an integer 0–20, got ${precision}`)
  }

  const writes: ReversalToWrite[] = []
  for (const accrual of accruals) {
    const amount = new Decimal(accrual.amount)
    const reversed = new Decimal(accrual.reversed)
    for (const [field, value] of [["amount", amount], ["reversed", reversed]] as const) {
      if (value.decimalPlaces() > precision) {
        throw new RangeError(
          `reversalsToWrite: accrual ${accrual.id} ${field} ${value.toString()} has more than ${precision} decimals`
        )
      }
    }
    if (reversed.isNegative()) {
      throw new RangeError(
        `reversalsToWrite: accrual ${accrual.id} reversed must be the positive total reversed so far, got ${accrual.reversed}`
      )
    }
    if (amount.lte(0)) continue

    const fraction = Object.prototype.hasOwnProperty.call(fractions, accrual.line_item_id)
      ? clamp01(new Decimal(fractions[accrual.line_item_id]))
      : ZERO
    const target = fraction.eq(1)
      ? amount
      : Decimal.min(amount, amount.times(fraction).toDecimalPlaces(precision, Decimal.ROUND_HALF_UP))

    if (target.gt(reversed)) {
      writes.push({
        accrual_id: accrual.id,
        target: target.toFixed(precision, Decimal.ROUND_HALF_UP),
        amount: target.minus(reversed).negated().toFixed(precision, Decimal.ROUND_HALF_UP),
      })
    }
  }
  return writes
}
