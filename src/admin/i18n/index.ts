import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

/**
 * Merged by the dashboard into its i18next resources. Everything lives under
 * `distribution.*` in the default `translation` namespace, so components use
 * plain `useTranslation()`; `zhCN` is the dashboard's code for Simplified
 * Chinese.
 */
export default {
  en: { translation: { distribution: en } },
  zhCN: { translation: { distribution: zhCN } },
}
