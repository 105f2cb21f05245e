import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { DraftRule } from "../../../../lib/commission-plan-draft"
import { createRuleFormSchema, ruleFormDefaults } from "./commission-rule-schema"

export type RuleIssue = { key: string; index: number; messages: string[] }

/**
 * What is wrong with each rule of the draft, by the drawer's own checks: a
 * saved rule can fall foul of the settings later (a level above a lowered
 * `max_levels`), and such a plan should not be sent as it is.
 */
export const usePlanIssues = (rules: DraftRule[], maxLevels: number): RuleIssue[] => {
  const { t } = useTranslation()
  const schema = useMemo(() => createRuleFormSchema(t, maxLevels), [t, maxLevels])

  return useMemo(
    () =>
      rules.flatMap((rule, index) => {
        // No default currency: a money rule without one is an error here.
        const result = schema.safeParse(ruleFormDefaults(rule, ""))
        if (result.success) {
          return []
        }
        const messages = Array.from(new Set(result.error.issues.map((issue) => issue.message)))
        return [{ key: rule.key, index, messages }]
      }),
    [rules, schema]
  )
}
