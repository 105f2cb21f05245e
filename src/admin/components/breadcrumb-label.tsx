import { useTranslation } from "react-i18next"

/**
 * Route `handle.breadcrumb` functions run outside React's hooks, so they
 * return this element to get the label translated in the current language.
 */
export const BreadcrumbLabel = ({ i18nKey }: { i18nKey: string }) => {
  const { t } = useTranslation()
  return <span>{t(i18nKey)}</span>
}
