/** Yuan (decimal string) ⇄ fen (WeChat's integer `transfer_amount`), exact, via decimal.js. */
import Decimal from "decimal.js"

/** WeChat's fixed floor for one transfer (商家转账 FAQ: 单笔转账额度最低为0.1元). */
export const MINIMUM_CNY = "0.1"

/** `user_name` (encrypted) is required from this amount on (转账金额>=2,000元时,必须传入). */
export const USER_NAME_REQUIRED_FROM_FEN = 200_000

/** "12.34" → 1234; throws when the amount is not a positive whole number of fen. */
export function yuanToFen(amount: string): number {
  const text = String(amount).trim()
  // Plain decimals only: decimal.js would also take "1e3", "0x10" or "Infinity".
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw new Error(`amount "${amount}" is not a decimal amount such as "12.34"`)
  }
  const value = new Decimal(text)
  if (value.lte(0)) {
    throw new Error(`amount "${amount}" must be positive`)
  }
  const fen = value.times(100)
  if (!fen.isInteger()) {
    throw new Error(`amount "${amount}" is not a whole number of fen (at most 2 decimals)`)
  }
  if (fen.gt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`amount "${amount}" is too large`)
  }
  return fen.toNumber()
}

/** 1234 → "12.34". */
export function fenToYuan(fen: number): string {
  return new Decimal(fen).dividedBy(100).toFixed(2)
}
