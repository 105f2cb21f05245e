/**
 * The dashboard names its languages like `zhCN` and `ptBR`, which are no
 * BCP 47 tags (`Intl` throws on them); this turns them into `zh-CN`, `pt-BR`.
 */
export const toIntlLocale = (language?: string): string => {
  if (!language) {
    return "en"
  }
  const tag = language.replace(/^([a-z]{2,3})([A-Z]{2})$/, "$1-$2")
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en"
  } catch {
    return "en"
  }
}
