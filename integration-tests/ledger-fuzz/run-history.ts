import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import Decimal from "decimal.js"
import { outBillNoOf } from "../../src/modules/payout/providers/types"
import type PayoutModuleService from "../../src/modules/payout/service"
import { PAYOUT_MODULE } from "../../src/types/module-names"
import {
  approvePayoutBatchWorkflow,
  cancelPayoutBatchWorkflow,
  changeDealerStatusWorkflow,
  createDealerWorkflow,
  createLedgerAdjustmentWorkflow,
  createPayoutBatchWorkflow,
  matureOrderCommissionsWorkflow,
  moveDealerWorkflow,
  processPayouts,
  rebindCustomerWorkflow,
  recordReferralTouchWorkflow,
  resolvePayoutWorkflow,
  retryPayoutWorkflow,
  savePayoutAccountWorkflow,
  updateDealerWorkflow,
} from "../../src/workflows"
import type { WechatPayStandIn } from "../helpers/wechatpay-stand-in"
import type { LedgerEventTap, RecordedEvent } from "./ledger-events"
import { createRng, Rng } from "./prng"
import type { FuzzWorld } from "./world"

/**
 * One randomized history, driven by its seed through the plugin's real
 * workflows and subscribers and Medusa's own order, payment, fulfilment and
 * return flows. Every choice comes from the seed, so a seed replays the same
 * history (payout sends run a few at a time, so which faulty answer of the
 * WeChat stand-in hits which payout may differ).
 *
 * A history: a random dealer tree (1–3 levels, random tiers, payout accounts
 * with the manual provider or WeChat Pay), buyers bound to dealers or not,
 * then 6–18 steps among: checkouts (bound buyers, referral links, a dealer
 * buying through its own link, no attribution), fulfilments (partial or
 * full), captures, refunds (partial or full), returns (partial or full,
 * some left open), cancellations, maturation, tier changes, suspensions and
 * reactivations, moves in the tree, ledger adjustments, payout batches
 * (approved, canceled; manual payouts marked paid or failed; WeChat payouts
 * answered with success, failure, a 500, a bad signature or a lost answer;
 * retries), and event deliveries: Medusa's events are held back and handed to
 * the plugin's subscribers late, out of order and more than once (now and
 * then twice at the same moment, as two workers would).
 */
export type HistoryOptions = {
  seed: number
  world: FuzzWorld
  tap: LedgerEventTap
  /** Makes names unique when a seed is run twice in one database. */
  nonce: string
  /** When set, some dealers are paid by WeChat Pay through this stand-in. */
  standIn?: WechatPayStandIn
}

export type HistoryResult = {
  seed: number
  /** What happened, one line a step (printed for a failing seed). */
  log: string[]
  /** Errors that are not a refusal (a MedusaError for bad input or state): each is a finding. */
  crashes: string[]
  counts: Record<string, number>
}

type FuzzDealer = {
  index: number
  id: string
  code: string
  customer_id: string
  rank: number
  depth: number
  parent: number | null
  status: "active" | "suspended"
  provider: "manual" | "wechatpay" | null
}

/** An order of the history, with what the step chooser needs to know of it. */
type FuzzOrder = { index: number; id: string; canceled: boolean; fulfilledAll: boolean; fulfilledAny: boolean }

const REFUSALS = new Set<string>([
  MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.NOT_FOUND,
  MedusaError.Types.CONFLICT,
  MedusaError.Types.DUPLICATE_ERROR,
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
])

export async function runHistory(container: MedusaContainer, opts: HistoryOptions): Promise<HistoryResult> {
  const rng = createRng(opts.seed)
  const h = new History(container, opts, rng)
  try {
    await h.run()
  } finally {
    opts.standIn?.behaveNormally()
  }
  return { seed: opts.seed, log: h.log, crashes: h.crashes, counts: h.counts }
}

class History {
  log: string[] = []
  crashes: string[] = []
  counts: Record<string, number> = {}
  private dealers: FuzzDealer[] = []
  private buyers: string[] = []
  private orders: FuzzOrder[] = []
  private pending: RecordedEvent[] = []
  private delivered: RecordedEvent[] = []
  private batches: string[] = []
  /** Some money became available (matured orders, credits): worth a payout batch. */
  private available = false
  private readonly query: any
  private readonly prefix: string

  constructor(
    private readonly container: MedusaContainer,
    private readonly opts: HistoryOptions,
    private readonly rng: Rng
  ) {
    this.query = container.resolve(ContainerRegistrationKeys.QUERY)
    this.prefix = `s${opts.seed}-${opts.nonce}`
  }

  private note(line: string) {
    this.log.push(line)
  }

  private count(what: string) {
    this.counts[what] = (this.counts[what] ?? 0) + 1
  }

  /**
   * Runs one step; a MedusaError refusing bad input or state is expected,
   * anything else is a finding. With `strict` (event deliveries: a subscriber
   * must take any event, however late or repeated) every error is a finding.
   */
  private async step(what: string, fn: () => Promise<string | void>, kind = what.split(" ")[0], strict = false) {
    const t0 = Date.now()
    try {
      const said = await fn()
      this.note(`${said ? `${what}: ${said}` : what} (${Date.now() - t0} ms)`)
      this.count(kind)
    } catch (e: any) {
      const refusal = !strict && (e instanceof MedusaError || REFUSALS.has(e?.type))
      this.note(`${what}: ${refusal ? "refused" : "CRASH"} (${e?.type ?? e?.name ?? "error"}: ${e?.message ?? e})`)
      if (!refusal) {
        this.crashes.push(`${what}: ${e?.stack ?? e?.message ?? e}`)
      } else {
        this.count("refused")
      }
    }
    this.pending.push(...(await this.opts.tap.take()))
  }

  async run() {
    await this.setUp()
    const steps = this.rng.int(6, 18)
    for (let i = 0; i < steps; i++) {
      await this.randomStep()
      // Most events reach the subscribers at once; the rest wait for a later delivery step.
      if (this.pending.length && this.rng.chance(0.55)) {
        await this.deliver(this.pending.length, false)
      }
    }
    // Month end, mostly: what can mature does, a payout batch goes out, some payouts are settled.
    if (this.orders.length && this.rng.chance(0.7)) {
      await this.deliver(this.pending.length, true)
      await this.mature(true)
      await this.payoutBatch()
      await this.deliver(this.pending.length, true)
      if (this.batches.length && this.rng.chance(0.7)) {
        await this.settlePayouts()
      }
    }
    // The end of the day: every held event arrives (in any order, some twice), the payout job runs.
    await this.deliver(this.pending.length, true)
    if (this.rng.chance(0.5)) {
      await this.step("process payouts (job)", async () => JSON.stringify(await processPayouts(this.container)), "process-payouts")
      await this.deliver(this.pending.length, true)
    }
  }

  // ── set-up: dealers, accounts, buyers ─────────────────────────────────────

  private async setUp() {
    const customers = this.container.resolve(Modules.CUSTOMER)
    const dealerCount = this.rng.int(1, 6)
    const buyerCount = this.rng.int(1, 4)
    const created = await customers.createCustomers(
      Array.from({ length: dealerCount + buyerCount }, (_, i) => ({
        email: `${i < dealerCount ? "dealer" : "buyer"}${i}.${this.prefix}@fuzz.test`,
        first_name: "Fuzz",
        last_name: `${this.prefix}-${i}`,
      }))
    )
    for (let i = 0; i < dealerCount; i++) {
      const candidates = this.dealers.filter((d) => d.depth < 3)
      const parent = i === 0 || !candidates.length || this.rng.chance(0.2) ? null : this.rng.pick(candidates)
      const depth = parent ? parent.depth + 1 : 1
      const rank = this.rng.chance(0.7) ? depth : this.rng.int(1, 3)
      const { result } = await createDealerWorkflow(this.container).run({
        input: {
          dealer: {
            customer_id: created[i].id,
            tier_id: this.opts.world.tierIds[rank - 1],
            parent_id: parent?.id ?? null,
            display_name: `Fuzz ${this.prefix} #${i}`,
          },
          actor_id: null,
        },
      })
      const provider = this.rng.weighted<"manual" | "wechatpay" | null>([
        ["manual", 4],
        ["wechatpay", this.opts.standIn ? 4 : 0],
        [null, 1],
      ])
      const dealer: FuzzDealer = {
        index: i,
        id: result.id,
        code: result.code,
        customer_id: created[i].id,
        rank,
        depth,
        parent: parent?.index ?? null,
        status: "active",
        provider,
      }
      this.dealers.push(dealer)
      if (provider) {
        await savePayoutAccountWorkflow(this.container).run({
          input: {
            dealer_id: dealer.id,
            provider_id: provider,
            fields:
              provider === "wechatpay"
                ? { openid: `o-fuzz-${this.prefix}-${i}`, real_name: "王伟" }
                : { bank_name: "Fuzz Bank", account_holder: "王伟", account_number: `6222${String(i).padStart(12, "0")}` },
            actor_type: "user",
            actor_id: "fuzz",
          },
        })
      }
    }
    this.buyers = created.slice(dealerCount).map((c: any) => c.id)
    for (const buyer of this.buyers) {
      if (this.rng.chance(0.5)) {
        const dealer = this.rng.pick(this.dealers)
        await rebindCustomerWorkflow(this.container).run({
          input: { customer_id: buyer, dealer_id: dealer.id, reason: "fuzz set-up", actor_id: null },
        })
      }
    }
    this.note(
      `set-up: dealers ${this.dealers
        .map((d) => `#${d.index}(T${d.rank}${d.parent === null ? "" : `↑#${d.parent}`}${d.provider ? `,${d.provider}` : ""})`)
        .join(" ")}; buyers ${this.buyers.length}`
    )
  }

  // ── the random step ───────────────────────────────────────────────────────

  private async randomStep() {
    const live = this.orders.filter((o) => !o.canceled)
    const unfulfilled = live.filter((o) => !o.fulfilledAll)
    const fulfilled = live.filter((o) => o.fulfilledAny)
    const unshipped = live.filter((o) => !o.fulfilledAny)
    const kind = this.rng.weighted<string>([
      // Enough orders to work with early; the rest of the history is their life.
      ["order", this.orders.length < 2 ? 6 : 1.5],
      ["fulfil", unfulfilled.length ? 3 : 0],
      ["capture", live.length ? 1 : 0],
      ["refund", live.length ? 1.5 : 0],
      ["return", fulfilled.length ? 2 : 0],
      ["cancel", unshipped.length ? 0.7 : 0],
      ["mature", fulfilled.length ? 2.5 : 0],
      ["deliver", this.pending.length ? 2 : 0],
      ["redeliver", this.delivered.length ? 1 : 0],
      ["tier", 0.7],
      ["status", 0.7],
      ["move", this.dealers.length > 1 ? 0.4 : 0],
      ["adjust", 0.5],
      ["payout", this.available ? 3 : 0.3],
      ["settle", this.batches.length ? 2 : 0],
    ])
    const pick = (from: FuzzOrder[]) => this.rng.pick(from.length ? from : this.orders)
    switch (kind) {
      case "order":
        return this.placeOrder()
      case "fulfil":
        return this.fulfil(pick(unfulfilled))
      case "capture":
        return this.capture(pick(live))
      case "refund":
        return this.refund(pick(live))
      case "return":
        return this.returnItems(pick(fulfilled))
      case "cancel":
        return this.cancel(pick(unshipped))
      case "mature":
        return this.mature()
      case "deliver":
        return this.deliver(this.rng.int(1, this.pending.length), this.rng.chance(0.3))
      case "redeliver":
        return this.redeliver()
      case "tier":
        return this.changeTier()
      case "status":
        return this.changeStatus()
      case "move":
        return this.move()
      case "adjust":
        return this.adjust()
      case "payout":
        return this.payoutBatch()
      case "settle":
        return this.settlePayouts()
    }
  }

  // ── orders ────────────────────────────────────────────────────────────────

  private async placeOrder() {
    const world = this.opts.world
    const how = this.rng.weighted<"buyer" | "link" | "self" | "guest">([
      ["buyer", 4],
      ["link", 3],
      ["self", 0.7],
      ["guest", 0.7],
    ])
    const dealer = this.rng.pick(this.dealers)
    const customerId = how === "self" ? dealer.customer_id : how === "guest" ? null : this.rng.pick(this.buyers)
    const lines = this.rng.shuffle([0, 1, 2]).slice(0, this.rng.int(1, 3))
    const items = lines.map((v) => ({ variant_id: world.variants[v].id, quantity: this.rng.int(1, 3) }))
    const index = this.orders.length
    const via = how === "link" || how === "self" || (how === "buyer" && this.rng.chance(0.25)) ? dealer : null
    await this.step(`order #${index} (${how}${via ? ` via #${via.index}` : ""}, ${items.map((i) => i.quantity).join("+")} units)`, async () => {
      const { result: cart } = await createCartWorkflow(this.container).run({
        input: {
          region_id: world.regionId,
          sales_channel_id: world.salesChannelId,
          customer_id: customerId ?? undefined,
          email: `order${index}.${this.prefix}@fuzz.test`,
          currency_code: "cny",
          items,
        } as any,
      })
      if (via) {
        await recordReferralTouchWorkflow(this.container).run({
          input: { code: via.code, source: "link", cart_id: cart.id, visitor_token: `vt-${this.prefix}-${index}`, customer_id: customerId },
        })
      }
      const { result: collection } = await createPaymentCollectionForCartWorkflow(this.container).run({
        input: { cart_id: cart.id },
      })
      await createPaymentSessionsWorkflow(this.container).run({
        input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
      })
      const { result } = await completeCartWorkflow(this.container).run({ input: { id: cart.id } })
      this.orders.push({ index, id: result.id, canceled: false, fulfilledAll: false, fulfilledAny: false })
      return result.id
    })
  }

  /** The order as Medusa has it now: lines with fulfilled/returned quantities, payments, returns. */
  private async loadOrder(order: FuzzOrder) {
    const {
      data: [o],
    } = await this.query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "canceled_at",
        "items.id",
        "items.quantity",
        // Asked for with detail fields, items.quantity comes back missing: detail.quantity is the same.
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
        "items.detail.return_requested_quantity",
        "items.detail.return_received_quantity",
        "fulfillments.id",
        "fulfillments.canceled_at",
        "returns.id",
        "returns.status",
        "payment_collections.payments.id",
        "payment_collections.payments.amount",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: order.id },
    })
    const num = (v: any) => new Decimal(v?.numeric ?? v ?? 0)
    const payments = (o.payment_collections ?? []).flatMap((pc: any) => pc?.payments ?? []).filter(Boolean)
    const payment = payments.find((p: any) => !p.canceled_at) ?? null
    const captured = payment ? (payment.captures ?? []).reduce((s: Decimal, c: any) => s.plus(num(c.amount)), new Decimal(0)) : new Decimal(0)
    const refunded = payment ? (payment.refunds ?? []).reduce((s: Decimal, r: any) => s.plus(num(r.amount)), new Decimal(0)) : new Decimal(0)
    return {
      canceled: o.status === "canceled" || !!o.canceled_at,
      lines: (o.items ?? []).map((i: any) => {
        const fulfilled = num(i.detail?.fulfilled_quantity).toNumber()
        const returning = num(i.detail?.return_requested_quantity).plus(num(i.detail?.return_received_quantity)).toNumber()
        return { id: i.id as string, quantity: num(i.quantity ?? i.detail?.quantity).toNumber(), fulfilled, returnable: fulfilled - returning }
      }),
      liveFulfilments: (o.fulfillments ?? []).filter((f: any) => f && !f.canceled_at).length,
      openReturns: (o.returns ?? []).filter((r: any) => ["requested", "open", "partially_received"].includes(r?.status)).map((r: any) => r.id as string),
      payment,
      captured,
      refunded,
    }
  }

  private async fulfil(order: FuzzOrder) {
    const state = await this.loadOrder(order)
    const open = state.lines.filter((l: any) => l.quantity > l.fulfilled)
    if (state.canceled || !open.length) {
      order.fulfilledAll = true
      return this.note(`fulfil #${order.index}: nothing to fulfil`)
    }
    // Mostly everything left (as a warehouse ships), sometimes a part of it.
    const all = this.rng.chance(0.6)
    const items = open
      .filter(() => all || this.rng.chance(0.6))
      .map((l: any) => ({ id: l.id, quantity: all || this.rng.chance(0.5) ? l.quantity - l.fulfilled : this.rng.int(1, l.quantity - l.fulfilled) }))
    if (!items.length) {
      items.push({ id: open[0].id, quantity: open[0].quantity - open[0].fulfilled })
    }
    await this.step(`fulfil #${order.index} (${items.map((i: any) => i.quantity).join("+")} units)`, async () => {
      await createOrderFulfillmentWorkflow(this.container).run({
        input: {
          order_id: order.id,
          items,
          shipping_option_id: this.opts.world.shippingOptionId,
          location_id: this.opts.world.locationId,
        } as any,
      })
      order.fulfilledAny = true
      const after = await this.loadOrder(order)
      order.fulfilledAll = after.lines.every((l: any) => l.fulfilled >= l.quantity)
    })
  }

  private async capture(order: FuzzOrder) {
    const state = await this.loadOrder(order)
    if (!state.payment || state.captured.gt(0)) {
      return
    }
    await this.step(`capture #${order.index}`, async () => {
      await capturePaymentWorkflow(this.container).run({ input: { payment_id: state.payment.id } })
    })
  }

  private async refund(order: FuzzOrder) {
    let state = await this.loadOrder(order)
    if (!state.payment) {
      return
    }
    if (state.captured.isZero()) {
      await this.capture(order)
      state = await this.loadOrder(order)
    }
    const refundable = state.captured.minus(state.refunded)
    if (!state.payment || refundable.lte(0)) {
      return
    }
    const amount = this.rng.chance(0.3)
      ? refundable
      : Decimal.max(new Decimal("0.01"), refundable.times(this.rng.int(1, 99)).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN))
    await this.step(`refund #${order.index} ${amount.toFixed(2)} of ${refundable.toFixed(2)}`, async () => {
      await refundPaymentWorkflow(this.container).run({ input: { payment_id: state.payment.id, amount: amount.toNumber() } })
    })
  }

  private async returnItems(order: FuzzOrder) {
    let state = await this.loadOrder(order)
    if (state.openReturns.length) {
      return this.receiveOpenReturn(order, state.openReturns[0])
    }
    const returnable = state.lines.filter((l: any) => l.returnable > 0)
    if (state.canceled || !returnable.length) {
      return this.note(`return #${order.index}: nothing to return`)
    }
    // Medusa cancels an authorised-only payment when a return is confirmed; a merchant captures first.
    if (state.payment && state.captured.isZero() && this.rng.chance(0.9)) {
      await this.capture(order)
      state = await this.loadOrder(order)
    }
    const items = returnable
      .filter(() => this.rng.chance(0.7))
      .map((l: any) => ({ id: l.id, quantity: this.rng.chance(0.5) ? l.returnable : this.rng.int(1, l.returnable) }))
    if (!items.length) {
      items.push({ id: returnable[0].id, quantity: returnable[0].returnable })
    }
    const leaveOpen = this.rng.chance(0.2)
    await this.step(`return #${order.index} (${items.map((i: any) => i.quantity).join("+")} units${leaveOpen ? ", left open" : ""})`, async () => {
      const { result } = await beginReturnOrderWorkflow(this.container).run({
        input: { order_id: order.id, location_id: this.opts.world.locationId } as any,
      })
      const returnId = (result as any).return_id as string
      await requestItemReturnWorkflow(this.container).run({ input: { return_id: returnId, items } as any })
      await confirmReturnRequestWorkflow(this.container).run({ input: { return_id: returnId } as any })
      if (!leaveOpen) {
        await this.receive(returnId, items)
      }
      return returnId
    })
  }

  private async receiveOpenReturn(order: FuzzOrder, returnId: string) {
    const {
      data: [ret],
    } = await this.query.graph({ entity: "return", fields: ["id", "items.item_id", "items.quantity"], filters: { id: returnId } })
    const items = (ret?.items ?? []).map((i: any) => ({ id: i.item_id, quantity: Number(i.quantity?.numeric ?? i.quantity) }))
    if (!items.length) {
      return
    }
    await this.step(`receive open return of #${order.index}`, () => this.receive(returnId, items), "receive-return")
  }

  private async receive(returnId: string, items: { id: string; quantity: number }[]) {
    await beginReceiveReturnWorkflow(this.container).run({ input: { return_id: returnId } as any })
    await receiveItemReturnRequestWorkflow(this.container).run({ input: { return_id: returnId, items } as any })
    await confirmReturnReceiveWorkflow(this.container).run({ input: { return_id: returnId } as any })
  }

  private async cancel(order: FuzzOrder) {
    const state = await this.loadOrder(order)
    order.canceled = state.canceled
    if (state.canceled || state.liveFulfilments > 0) {
      return this.note(`cancel #${order.index}: ${state.canceled ? "canceled already" : "has fulfilments"}`)
    }
    await this.step(`cancel #${order.index}`, async () => {
      await cancelOrderWorkflow(this.container).run({ input: { order_id: order.id } as any })
      order.canceled = true
    })
  }

  private async mature(all = false) {
    const picked = this.orders.filter(() => all || this.rng.chance(0.6))
    const ids = (picked.length ? picked : [this.rng.pick(this.orders)]).map((o) => o.id)
    await this.step(`mature ${ids.length} order(s)`, async () => {
      const { result } = await matureOrderCommissionsWorkflow(this.container).run({
        input: { order_ids: ids, skip_hold: true, actor_id: null },
      })
      this.available ||= Number((result as any)?.entries ?? 0) > 0
      return JSON.stringify(result)
    })
  }

  // ── events ────────────────────────────────────────────────────────────────

  /** Delivers `n` held events (in random order when `shuffle`), now and then one twice. */
  private async deliver(n: number, shuffle: boolean) {
    while (n > 0 && this.pending.length) {
      const i = shuffle ? this.rng.int(0, this.pending.length - 1) : 0
      const [event] = this.pending.splice(i, 1)
      n--
      if (this.rng.chance(0.1)) {
        // Two workers handed the same event at the same time.
        await this.handle(event, "concurrent", 2)
      } else {
        await this.handle(event, "deliver")
      }
      if (this.rng.chance(0.15)) {
        await this.handle(event, "duplicate")
      }
    }
  }

  private async redeliver() {
    await this.handle(this.rng.pick(this.delivered), "redeliver")
  }

  private async handle(event: RecordedEvent, how: string, times = 1) {
    const target = event.data?.order_id ?? event.data?.id
    await this.step(`${how} ${event.name} ${this.describe(target)}${times > 1 ? ` ×${times}` : ""}`, async () => {
      await Promise.all(Array.from({ length: times }, () => this.opts.tap.deliver(event)))
    }, how, true)
    this.delivered.push(event)
  }

  private describe(id: string) {
    const order = this.orders.find((o) => o.id === id)
    return order ? `#${order.index}` : id
  }

  // ── dealers ───────────────────────────────────────────────────────────────

  private async changeTier() {
    const dealer = this.rng.pick(this.dealers)
    const rank = this.rng.pick([1, 2, 3].filter((r) => r !== dealer.rank))
    await this.step(`tier #${dealer.index} T${dealer.rank}→T${rank}`, async () => {
      await updateDealerWorkflow(this.container).run({
        input: { id: dealer.id, update: { tier_id: this.opts.world.tierIds[rank - 1] }, reason: "fuzz", actor_id: null },
      })
      dealer.rank = rank
    })
  }

  private async changeStatus() {
    const dealer = this.rng.pick(this.dealers)
    const status = dealer.status === "active" ? "suspended" : "active"
    await this.step(`status #${dealer.index} → ${status}`, async () => {
      await changeDealerStatusWorkflow(this.container).run({ input: { id: dealer.id, status: status as any, reason: "fuzz", actor_id: null } })
      dealer.status = status
    })
  }

  private async move() {
    const dealer = this.rng.pick(this.dealers)
    const others = this.dealers.filter((d) => d !== dealer && d.index !== dealer.parent)
    // A top dealer moves under another; a dealer with an upline moves to the top or under another.
    const toTop = dealer.parent !== null && (!others.length || this.rng.chance(0.25))
    if (!toTop && !others.length) {
      return
    }
    const parent = toTop ? null : this.rng.pick(others)
    await this.step(`move #${dealer.index} under ${parent ? `#${parent.index}` : "the producer"}`, async () => {
      await moveDealerWorkflow(this.container).run({ input: { id: dealer.id, parent_id: parent?.id ?? null, reason: "fuzz", actor_id: null } as any })
      dealer.parent = parent?.index ?? null
    })
  }

  private async adjust() {
    const dealer = this.rng.pick(this.dealers)
    const cents = this.rng.int(-3000, 5000)
    if (cents === 0) {
      return
    }
    const amount = new Decimal(cents).dividedBy(100).toFixed(2)
    const key = `fuzz-${this.prefix}-${this.log.length}`
    await this.step(`adjust #${dealer.index} ${amount}`, async () => {
      const input = { dealer_id: dealer.id, amount, currency_code: "cny", reason: "fuzz", created_by: null, idempotency_key: key }
      await createLedgerAdjustmentWorkflow(this.container).run({ input })
      this.available ||= cents > 0
      if (this.rng.chance(0.2)) {
        // A retried request with the same key writes nothing more.
        await createLedgerAdjustmentWorkflow(this.container).run({ input })
      this.available ||= cents > 0
      }
    })
  }

  // ── payouts ───────────────────────────────────────────────────────────────

  private async payoutBatch() {
    const provider = this.rng.weighted<string>([
      ["manual", 1 + this.dealers.filter((d) => d.provider === "manual").length],
      ["wechatpay", this.opts.standIn ? 1 + this.dealers.filter((d) => d.provider === "wechatpay").length : 0],
    ])
    let batchId = ""
    let payoutIds: string[] = []
    await this.step(`payout batch (${provider})`, async () => {
      const { result } = await createPayoutBatchWorkflow(this.container).run({
        input: {
          currency_code: "cny",
          provider_id: provider,
          dealer_ids: this.dealers.map((d) => d.id),
          source: "admin",
          created_by: null,
          require_any: false,
        },
      })
      batchId = result.batch_id
      payoutIds = result.payout_ids
      return `${payoutIds.length} payout(s)`
    })
    if (!batchId) {
      return
    }
    this.batches.push(batchId)
    if (!payoutIds.length || this.rng.chance(0.15)) {
      await this.step(`cancel batch ${this.batches.length - 1}`, async () => {
        await cancelPayoutBatchWorkflow(this.container).run({ input: { batch_id: batchId, actor_id: null } })
      }, "cancel-batch")
      return
    }
    if (this.rng.chance(0.1)) {
      return // left as a draft: its money stays reserved
    }
    if (provider === "wechatpay") {
      this.provoke()
    }
    await this.step(`approve batch ${this.batches.length - 1}`, async () => {
      await approvePayoutBatchWorkflow(this.container).run({ input: { batch_id: batchId, actor_id: null } })
    })
  }

  /** What the WeChat stand-in does with the next transfers: how they end, and a few faults. */
  private provoke() {
    const standIn = this.opts.standIn!
    standIn.onCreate = this.rng.weighted<any>([
      ["success", 3],
      ["wait_user_confirm", 2],
      ["accepted", 1],
      ["fail", 1],
    ])
    const faults = Array.from({ length: this.rng.weighted([[0, 3], [1, 2], [2, 1]] as const) }, () =>
      this.rng.weighted<any>([
        ["500", 3],
        ["bad_signature", 2],
        ["lost_response", 1],
        ["ok", 1],
      ])
    )
    standIn.misbehave(faults)
    this.note(`stand-in: new transfers ${standIn.onCreate}, next requests ${faults.join(",") || "fine"}`)
  }

  private async settlePayouts() {
    const payouts = this.container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const rows = (await payouts.listPayouts({ batch_id: this.batches } as any, { take: 500 })) as any[]
    for (const p of rows) {
      if (!this.rng.chance(0.6)) {
        continue
      }
      const dealer = this.dealers.find((d) => d.id === p.dealer_id)
      const who = `payout of #${dealer?.index}`
      if (p.status === "queued" || p.status === "sending") {
        await this.step("process payouts (job)", async () => JSON.stringify(await processPayouts(this.container)), "process-payouts")
      } else if (p.status === "processing" && p.provider_id === "manual") {
        const paid = this.rng.chance(0.6)
        await this.step(`${paid ? "mark paid" : "mark failed"} ${who}`, async () => {
          await resolvePayoutWorkflow(this.container).run({
            input: {
              payout_id: p.id,
              action: paid ? "mark_paid" : "mark_failed",
              reference: paid ? `BANK-${this.prefix}-${this.log.length}` : null,
              reason: paid ? null : "Account closed",
              actor_id: null,
            },
          })
        }, paid ? "mark-paid" : "mark-failed")
      } else if ((p.status === "processing" || p.status === "awaiting_confirmation") && p.provider_id === "wechatpay") {
        const standIn = this.opts.standIn!
        const action = this.rng.weighted<string>([
          ["SUCCESS", 3],
          ["FAIL", 1],
          ["cancel", p.status === "awaiting_confirmation" ? 1 : 0],
          ["refresh", 1],
        ])
        await this.step(`wechat ${action} ${who}`, async () => {
          if (action === "SUCCESS" || action === "FAIL") {
            if (standIn.transfers.has(outBillNoOf(p.id))) {
              await standIn.setState(outBillNoOf(p.id), action, { notify: false, fail_reason: action === "FAIL" ? "ACCOUNT_FROZEN" : undefined })
            }
          }
          await resolvePayoutWorkflow(this.container).run({
            input: { payout_id: p.id, action: action === "cancel" ? "cancel_transfer" : "refresh", actor_id: null },
          })
        }, `wechat-${action.toLowerCase()}`)
      } else if ((p.status === "failed" || p.status === "canceled") && this.rng.chance(0.5)) {
        await this.step(`retry ${who} (${p.status})`, async () => {
          await retryPayoutWorkflow(this.container).run({ input: { payout_id: p.id, actor_id: null } })
        })
      }
    }
  }
}
