/** 王伟 → 王*, wang@shop.cn → w***@shop.cn, 13812345678 → 138****5678: enough to recognise, not to contact. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) {
    return null
  }
  const [local, domain] = email.split("@")
  return domain ? `${local.slice(0, 1)}***@${domain}` : "***"
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) {
    return null
  }
  const digits = phone.replace(/\D/g, "")
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : "****"
}

export function maskName(name: string | null | undefined): string | null {
  if (!name) {
    return null
  }
  const chars = Array.from(name.trim())
  return chars.length ? `${chars[0]}*` : null
}
