import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import attributePlacedOrder from "../../src/subscribers/attribute-placed-order"
import processApprovedPayouts from "../../src/subscribers/process-approved-payouts"
import reverseOrderCommission from "../../src/subscribers/reverse-order-commission"
import reverseRefundedCommission from "../../src/subscribers/reverse-refunded-commission"
import { PAYOUT_BATCH_APPROVED_EVENT } from "../../src/workflows/payout/workflows/approve-payout-batch"

/** An event as Medusa's event bus hands it to a subscriber. */
export type RecordedEvent = { name: string; data: any; metadata?: Record<string, unknown> }

type Handler = (args: { event: RecordedEvent; container: MedusaContainer; pluginOptions: Record<string, unknown> }) => Promise<void>

/** The plugin's ledger subscribers, by the event each listens to. */
export const LEDGER_SUBSCRIBERS: Record<string, Handler> = {
  "order.placed": attributePlacedOrder as Handler,
  "order.canceled": reverseOrderCommission as Handler,
  "order.return_received": reverseOrderCommission as Handler,
  "payment.refunded": reverseRefundedCommission as Handler,
  [PAYOUT_BATCH_APPROVED_EVENT]: processApprovedPayouts as Handler,
}

export type LedgerEventTap = {
  /** The events emitted since the last take, in emission order. */
  take(): Promise<RecordedEvent[]>
  /** Hands the event to the plugin's subscriber, as the event bus would. */
  deliver(event: RecordedEvent): Promise<void>
  /** Gives the plugin's subscribers their events back. */
  close(): void
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

/**
 * Takes the ledger events away from the event bus so a history decides when
 * (and how often, in which order) the plugin's subscribers see them. Medusa
 * still emits its real events with their real payloads; they are recorded,
 * and the plugin's own listeners (present when the app loaded subscribers,
 * as in a spec; `medusa exec` loads none) are detached meanwhile.
 */
export function tapLedgerEvents(container: MedusaContainer): LedgerEventTap {
  const bus: any = container.resolve(Modules.EVENT_BUS)
  const emitter = bus.eventEmitter_
  if (!emitter) {
    throw new Error("ledger fuzz: needs the local event bus (run without REDIS_URL)")
  }
  const recorded: RecordedEvent[] = []
  const detached: { name: string; listener: (...a: any[]) => void }[] = []
  const recorders: { name: string; listener: (...a: any[]) => void }[] = []
  for (const name of Object.keys(LEDGER_SUBSCRIBERS)) {
    for (const listener of emitter.listeners(name)) {
      emitter.off(name, listener)
      detached.push({ name, listener })
    }
    const listener = (event: RecordedEvent) => {
      recorded.push({ name: event.name ?? name, data: event.data, metadata: event.metadata })
    }
    emitter.on(name, listener)
    recorders.push({ name, listener })
  }
  return {
    async take() {
      // The local bus publishes on a later tick than the workflow that emitted.
      await settle()
      await settle()
      return recorded.splice(0, recorded.length)
    },
    async deliver(event) {
      await LEDGER_SUBSCRIBERS[event.name]({ event, container, pluginOptions: {} })
    },
    close() {
      for (const { name, listener } of recorders) emitter.off(name, listener)
      for (const { name, listener } of detached) emitter.on(name, listener)
    },
  }
}
