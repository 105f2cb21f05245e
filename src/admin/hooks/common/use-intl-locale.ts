import { useTranslation } from "react-i18next"

import { toIntlLocale } from "../../lib/intl-locale"

/** The dashboard's language as a locale `Intl` accepts. */
export const useIntlLocale = () => {
  const { i18n } = useTranslation()
  return toIntlLocale(i18n.language)
}
