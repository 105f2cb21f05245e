/**
 * Lock keys (Medusa's locking module; Redis across workers) taken for the
 * whole of a workflow that changes one transfer or count, so two requests on
 * the same document run one after the other: the second sees what the first
 * did (a transfer shipped once; a cancel never interleaving with a ship whose
 * compensation would put it back to draft).
 */
export const stockTransferLockKey = (id: string) => `medusa-plugin-distribution:stock-transfer:${id}`
export const stockCountLockKey = (id: string) => `medusa-plugin-distribution:stock-count:${id}`

/** Seconds to wait for the lock, and how long it may be held (a crashed worker's lock expires). */
export const DOCUMENT_LOCK = { timeout: 15, ttl: 60 }
