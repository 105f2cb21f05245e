import { randomInt } from "crypto"

/** No 0/O, 1/I/L: codes are read aloud and typed from printed QR cards. */
export const DEALER_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const DEALER_CODE_LENGTH = 6
export const DEALER_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/

export function generateDealerCode(
  length = DEALER_CODE_LENGTH,
  nextIndex: (max: number) => number = randomInt
): string {
  let code = ""
  for (let i = 0; i < length; i++) {
    code += DEALER_CODE_ALPHABET[nextIndex(DEALER_CODE_ALPHABET.length)]
  }
  return code
}

/** Codes are case-insensitive for people; stored upper-case. */
export function normalizeDealerCode(code: string): string {
  return code.trim().toUpperCase()
}
