import { Prompt } from "@medusajs/ui"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { useBlocker } from "react-router-dom"

/**
 * Asks before leaving the page while the plan has unsaved changes: in the
 * dashboard (another page) and in the browser (reload, close the tab).
 */
export const UnsavedChangesGuard = ({ when }: { when: boolean }) => {
  const { t } = useTranslation()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname
  )

  useEffect(() => {
    if (!when) {
      return
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers show the prompt only when a value is returned.
      event.returnValue = ""
    }
    window.addEventListener("beforeunload", onBeforeUnload)
    return () => window.removeEventListener("beforeunload", onBeforeUnload)
  }, [when])

  return (
    <Prompt open={blocker.state === "blocked"} variant="confirmation">
      <Prompt.Content data-testid="commission-plan-leave-prompt">
        <Prompt.Header>
          <Prompt.Title>{t("distribution.commissionPlan.leave.title")}</Prompt.Title>
          <Prompt.Description>{t("distribution.commissionPlan.leave.description")}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel type="button" onClick={() => blocker.reset?.()}>
            {t("distribution.commissionPlan.leave.stay")}
          </Prompt.Cancel>
          <Prompt.Action type="button" onClick={() => blocker.proceed?.()}>
            {t("distribution.commissionPlan.leave.leave")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
