/**
 * The lock every commission write of one order takes (accrual, reversal,
 * maturation): a reversal reads its accrual's status, so the two must not
 * interleave, in one process or across workers (Redis locking provider).
 */
export const orderCommissionLockKey = (orderId: string) => `medusa-plugin-distribution:commission:order:${orderId}`
