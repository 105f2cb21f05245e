/**
 * Masks for payout account details in views, lists and exports that don't
 * need the full value: enough for a dealer or admin to recognise the account,
 * not enough to copy it. All take null/undefined/blank and give null.
 */

function present(value: string | null | undefined): string | null {
  if (value == null) return null
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

/**
 * "6222 0212 3456 7890" -> "**** 7890", the way banks print a card number.
 * Shorter numbers (under 8 digits) keep only their last 2, so a short
 * number is never shown almost whole.
 */
export function maskAccountNumber(value: string | null | undefined): string | null {
  const number = present(value)?.replace(/\s+/g, "")
  if (!number) return null
  const keep = number.length >= 8 ? 4 : number.length > 2 ? 2 : 0
  return keep === 0 ? "****" : `**** ${number.slice(-keep)}`
}

/**
 * "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" -> "oUpF…eS6o": first 4 and last 4. An
 * openid is 28 characters; anything of 8 or fewer keeps only its last 2.
 */
export function maskOpenid(value: string | null | undefined): string | null {
  const openid = present(value)
  if (!openid) return null
  if (openid.length > 8) return `${openid.slice(0, 4)}…${openid.slice(-4)}`
  return openid.length > 2 ? `…${openid.slice(-2)}` : "…"
}

const HAN = /\p{Script=Han}/u

/**
 * WeChat's convention: a Chinese name keeps its last character ("张三丰" ->
 * "**丰"), other names the first letter of each word ("John Smith" ->
 * "J*** S****"). Characters are counted as code points, so rare characters
 * outside the BMP (e.g. "𠮷") count as one.
 */
export function maskName(value: string | null | undefined): string | null {
  const name = present(value)
  if (!name) return null
  if (HAN.test(name)) {
    const chars = Array.from(name.replace(/\s+/g, ""))
    if (chars.length === 1) return "*"
    return "*".repeat(chars.length - 1) + chars[chars.length - 1]
  }
  return name
    .split(/\s+/)
    .map((word) => {
      const chars = Array.from(word)
      return chars[0] + "*".repeat(chars.length - 1)
    })
    .join(" ")
}
