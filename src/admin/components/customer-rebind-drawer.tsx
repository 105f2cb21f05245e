import { Button, Drawer } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { AdminBindingDealer } from "../types/customer-binding"
import { CustomerRebindForm } from "./customer-rebind-form"

type CustomerRebindDrawerProps = {
  customerId: string
  current: AdminBindingDealer | null
}

/**
 * The "Rebind" button and its drawer. Widgets have no routes of their own,
 * so this drawer is opened in place rather than routed.
 */
export const CustomerRebindDrawer = ({ customerId, current }: CustomerRebindDrawerProps) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="customer-rebind-open">
          {t("distribution.binding.rebind.action")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("distribution.binding.rebind.title")}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("distribution.binding.rebind.title")}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open: every opening starts with an empty form. */}
        {open && <CustomerRebindForm customerId={customerId} current={current} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}
