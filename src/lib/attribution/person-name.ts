const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** 王 + 伟 → 王伟 (family name first, no space); Wei + Wang → Wei Wang. */
export function personName(firstName?: string | null, lastName?: string | null): string | null {
  const first = firstName?.trim() ?? ""
  const last = lastName?.trim() ?? ""
  if (!first && !last) {
    return null
  }
  return CJK.test(first + last) ? `${last}${first}` : [first, last].filter(Boolean).join(" ")
}
