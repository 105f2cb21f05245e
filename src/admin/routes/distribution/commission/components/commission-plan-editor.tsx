import { toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../components/query-error-state"
import { useCommissionPlan, useSaveCommissionPlan } from "../../../../hooks/api/commission-plan"
import {
  DraftRule,
  moveItem,
  ruleIndexOfError,
  samePlan,
  toDraftRules,
  toRulePayload,
} from "../../../../lib/commission-plan-draft"
import { CommissionRule, CommissionRuleInput, CommissionSettings } from "../../../../types/commission"
import { CommissionPlanSkeleton } from "./commission-plan-skeleton"
import { CommissionPreviewSection } from "./commission-preview-section"
import { CommissionRuleDrawer } from "./commission-rule-drawer"
import { CommissionRulesSection } from "./commission-rules-section"
import { CommissionSettingsSection } from "./commission-settings-section"
import { UnsavedChangesGuard } from "./unsaved-changes-guard"
import { usePlanIssues } from "./use-plan-issues"

/** Loads the plan, then edits it. */
export const CommissionPlanEditor = () => {
  const { rules, settings, isPending, isError, error, refetch } = useCommissionPlan()

  if (isPending) {
    return <CommissionPlanSkeleton />
  }
  if (isError || !rules || !settings) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }
  return <CommissionPlanForm savedRules={rules} settings={settings} />
}

/** The API's limit on the rules of a plan. */
const MAX_RULES = 200

// Adding a rule (`index: null`) or editing the rule at `index`; kept while
// the drawer animates closed.
type DrawerState = { open: boolean; index: number | null }

type CommissionPlanFormProps = {
  savedRules: CommissionRule[]
  settings: CommissionSettings
}

/**
 * The plan as a draft: rules are added, edited, reordered, switched off and
 * removed here, previewed as they are, and sent together by "Save plan".
 */
const CommissionPlanForm = ({ savedRules, settings }: CommissionPlanFormProps) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [draft, setDraft] = useState<DraftRule[]>(() => toDraftRules(savedRules))
  const [baseline, setBaseline] = useState<CommissionRule[]>(savedRules)
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, index: null })
  // Issues are shown once a save or preview was refused for them, then kept up to date.
  const [showIssues, setShowIssues] = useState(false)
  const [serverError, setServerError] = useState<{ message: string; index: number | null } | null>(null)
  const nextKey = useRef(0)

  const baselineInputs = useMemo(() => toDraftRules(baseline).map(toRulePayload), [baseline])
  const draftInputs = useMemo(() => draft.map(toRulePayload), [draft])
  const dirty = !samePlan(draftInputs, baselineInputs)
  const issues = usePlanIssues(draft, settings.max_levels)
  const save = useSaveCommissionPlan()

  // The plan changed on the server (saved elsewhere, refetched): follow it,
  // unless that would throw away the merchant's unsaved edits.
  useEffect(() => {
    if (savedRules !== baseline && !dirty) {
      setDraft(toDraftRules(savedRules))
      setBaseline(savedRules)
    }
    // Only a new server plan triggers this, not each edit.
  }, [savedRules])

  useEffect(() => {
    if (showIssues && !issues.length) {
      setShowIssues(false)
    }
  }, [showIssues, issues.length])

  const updateDraft = useCallback((update: (rules: DraftRule[]) => DraftRule[]) => {
    setDraft(update)
    // The refusal was about the plan as it was.
    setServerError(null)
  }, [])

  const onRuleSubmit = (rule: Omit<CommissionRuleInput, "id">) => {
    if (drawer.index === null) {
      nextKey.current += 1
      updateDraft((rules) => [...rules, { ...rule, key: `new-${nextKey.current}` }])
    } else {
      const index = drawer.index
      updateDraft((rules) =>
        rules.map((current, position) => (position === index ? { ...rule, id: current.id, key: current.key } : current))
      )
    }
    setDrawer((current) => ({ ...current, open: false }))
  }

  const onSave = () => {
    if (issues.length) {
      setShowIssues(true)
      toast.error(t("distribution.commissionPlan.invalidPlan"))
      return
    }
    save.mutate(
      { rules: draftInputs },
      {
        onSuccess: ({ rules }) => {
          setDraft(toDraftRules(rules))
          setBaseline(rules)
          setServerError(null)
          toast.success(t("distribution.commissionPlan.savedToast"))
        },
        // The server's 400 names the rule ("rules.2.rate: …", "Rule 3: …").
        onError: (error) => {
          setServerError({ message: error.message, index: ruleIndexOfError(error.message) })
          toast.error(error.message)
        },
      }
    )
  }

  const onDiscard = async () => {
    const confirmed = await prompt({
      title: t("distribution.commissionPlan.discardPrompt.title"),
      description: t("distribution.commissionPlan.discardPrompt.description"),
      confirmText: t("distribution.commissionPlan.discard"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!confirmed) {
      return
    }
    setDraft(toDraftRules(savedRules))
    setBaseline(savedRules)
    setServerError(null)
    setShowIssues(false)
  }

  const getPreviewRules = (): CommissionRuleInput[] | null => {
    if (issues.length) {
      setShowIssues(true)
      return null
    }
    return draftInputs
  }

  const editing = drawer.index !== null ? draft[drawer.index] : undefined

  return (
    <div className="flex flex-col gap-y-3" data-testid="commission-plan-editor">
      <CommissionSettingsSection
        settings={settings}
        dirty={dirty}
        isSaving={save.isPending}
        onSave={onSave}
        onDiscard={onDiscard}
      />
      <CommissionRulesSection
        rules={draft}
        issues={showIssues ? issues : null}
        serverError={serverError}
        canAdd={draft.length < MAX_RULES}
        onAdd={() => setDrawer({ open: true, index: null })}
        onEdit={(index) => setDrawer({ open: true, index })}
        onMove={(index, to) => updateDraft((rules) => moveItem(rules, index, to))}
        onToggle={(index, active) =>
          updateDraft((rules) =>
            rules.map((rule, position) => (position === index ? { ...rule, is_active: active } : rule))
          )
        }
        onDelete={(index) => updateDraft((rules) => rules.filter((_, position) => position !== index))}
      />
      <CommissionPreviewSection getRules={getPreviewRules} rulesSignature={JSON.stringify(draftInputs)} />
      <CommissionRuleDrawer
        open={drawer.open}
        rule={editing && drawer.index !== null ? { value: editing, index: drawer.index } : null}
        settings={settings}
        onSubmit={onRuleSubmit}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
      />
      <UnsavedChangesGuard when={dirty && !save.isPending} />
    </div>
  )
}
