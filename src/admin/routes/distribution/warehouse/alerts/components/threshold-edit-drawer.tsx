import { Drawer, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { useSaveStockThresholds } from "../../../../../hooks/api/stock-alerts"

export type ThresholdTarget = {
  inventory_item_id: string
  location_id: string
  /** Shown in the heading: "SKU · location". */
  label: string
  available_quantity: number | null
  reorder_point?: number | null
  reorder_quantity?: number | null
}

type Props = {
  target: ThresholdTarget | null
  onClose: () => void
}

const WHOLE = /^\d+$/

/**
 * Sets the reorder point and reorder quantity of one item at one location.
 * An empty reorder quantity means "enough to get back to twice the point".
 */
export const ThresholdEditDrawer = ({ target, onClose }: Props) => {
  const { t } = useTranslation()
  return (
    <Drawer open={!!target} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="stock-threshold-drawer">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("distribution.stockAlerts.thresholds.editTitle")}</Heading>
          </Drawer.Title>
          <Drawer.Description>{target?.label}</Drawer.Description>
        </Drawer.Header>
        {/* Keyed, so every opening starts from the current values. */}
        {target && <ThresholdForm key={`${target.inventory_item_id}:${target.location_id}`} target={target} onDone={onClose} />}
      </Drawer.Content>
    </Drawer>
  )
}

const ThresholdForm = ({ target, onDone }: { target: ThresholdTarget; onDone: () => void }) => {
  const { t } = useTranslation()
  const [point, setPoint] = useState(target.reorder_point == null ? "" : String(target.reorder_point))
  const [quantity, setQuantity] = useState(target.reorder_quantity == null ? "" : String(target.reorder_quantity))
  const [errors, setErrors] = useState<{ point?: string; quantity?: string }>({})
  const { mutate, isPending } = useSaveStockThresholds()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next: typeof errors = {}
    if (!WHOLE.test(point.trim())) next.point = t("distribution.stockAlerts.thresholds.pointInvalid")
    if (quantity.trim() && (!WHOLE.test(quantity.trim()) || Number(quantity) < 1)) {
      next.quantity = t("distribution.stockAlerts.thresholds.quantityInvalid")
    }
    setErrors(next)
    if (next.point || next.quantity) return
    mutate(
      {
        thresholds: [
          {
            inventory_item_id: target.inventory_item_id,
            location_id: target.location_id,
            reorder_point: Number(point.trim()),
            reorder_quantity: quantity.trim() ? Number(quantity.trim()) : null,
          },
        ],
      },
      {
        onSuccess: () => {
          toast.success(t("distribution.stockAlerts.thresholds.saved", { label: target.label }))
          onDone()
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {target.available_quantity !== null && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.stockAlerts.thresholds.availableNow", { count: target.available_quantity })}
          </Text>
        )}
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="threshold-reorder-point" size="small" weight="plus">
            {t("distribution.stockAlerts.fields.reorderPoint")}
          </Label>
          <Input
            id="threshold-reorder-point"
            inputMode="numeric"
            value={point}
            onChange={(e) => setPoint(e.target.value)}
            aria-invalid={!!errors.point}
            data-testid="stock-threshold-reorder-point"
            autoFocus
          />
          <Text size="xsmall" className={errors.point ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
            {errors.point ?? t("distribution.stockAlerts.thresholds.pointHint")}
          </Text>
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="threshold-reorder-quantity" size="small" weight="plus">
            {t("distribution.stockAlerts.fields.reorderQuantity")}{" "}
            <span className="text-ui-fg-muted font-normal">({t("distribution.common.optional")})</span>
          </Label>
          <Input
            id="threshold-reorder-quantity"
            inputMode="numeric"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            aria-invalid={!!errors.quantity}
            data-testid="stock-threshold-reorder-quantity"
          />
          <Text size="xsmall" className={errors.quantity ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
            {errors.quantity ?? t("distribution.stockAlerts.thresholds.quantityHint")}
          </Text>
        </div>
      </Drawer.Body>
      <DrawerFormFooter isPending={isPending} submitTestId="stock-threshold-save" />
    </form>
  )
}
