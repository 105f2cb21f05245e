import { Button, Checkbox, Label, Prompt, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { useMatureOrderCommission } from "../hooks/api/commission-ledger"

/**
 * "Mature now": moves the order's pending commission to available after a
 * confirmation that can skip the hold period. The server's refusal (not
 * fulfilled, open return, canceled, on hold until …) is shown as it comes.
 */
export const OrderCommissionMatureButton = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [skipHold, setSkipHold] = useState(false)
  const { mutate, isPending } = useMatureOrderCommission(orderId)

  const onConfirm = () => {
    setOpen(false)
    mutate(
      { skip_hold: skipHold },
      {
        onSuccess: ({ matured }) => {
          toast.success(
            matured > 0
              ? t("distribution.orderCommission.mature.success", { matured })
              : t("distribution.orderCommission.mature.nothing")
          )
        },
        onError: (error) => {
          toast.error(error.message || t("distribution.common.unknownError"))
        },
      }
    )
  }

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        type="button"
        isLoading={isPending}
        onClick={() => {
          setSkipHold(false)
          setOpen(true)
        }}
        data-testid="order-commission-mature"
      >
        {t("distribution.orderCommission.mature.action")}
      </Button>
      <Prompt open={open} onOpenChange={setOpen} variant="confirmation">
        <Prompt.Content data-testid="order-commission-mature-prompt">
          <Prompt.Header>
            <Prompt.Title>{t("distribution.orderCommission.mature.title")}</Prompt.Title>
            <Prompt.Description>
              {t("distribution.orderCommission.mature.description")}
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex items-start gap-x-2 px-6 pt-4">
            <Checkbox
              id="order-commission-skip-hold"
              checked={skipHold}
              onCheckedChange={(checked) => setSkipHold(checked === true)}
              data-testid="order-commission-skip-hold"
            />
            <div className="flex flex-col gap-y-0.5">
              <Label htmlFor="order-commission-skip-hold" size="small" weight="plus">
                {t("distribution.orderCommission.mature.skipHold")}
              </Label>
              <Label htmlFor="order-commission-skip-hold" size="small" className="text-ui-fg-subtle">
                {t("distribution.orderCommission.mature.skipHoldHint")}
              </Label>
            </div>
          </div>
          <Prompt.Footer>
            <Prompt.Cancel>{t("distribution.actions.cancel")}</Prompt.Cancel>
            <Prompt.Action onClick={onConfirm} data-testid="order-commission-mature-confirm">
              {t("distribution.orderCommission.mature.confirm")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </>
  )
}
