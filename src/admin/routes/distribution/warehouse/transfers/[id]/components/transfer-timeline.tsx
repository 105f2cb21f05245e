import { useDate } from "@medusajs/dashboard/hooks"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { StockTransfer } from "../../../../../../types/stock-transfer"
import { ActorName } from "../../../components/actor-name"

type Step = { key: string; at: string | null; by: string | null }

/** Who created, shipped, received or canceled the transfer, and when; steps not reached yet are greyed. */
export const TransferTimeline = ({ transfer }: { transfer: StockTransfer }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const steps: Step[] = [
    { key: "created", at: transfer.created_at, by: transfer.created_by },
    ...(transfer.status === "canceled"
      ? [
          ...(transfer.shipped_at ? [{ key: "shipped", at: transfer.shipped_at, by: transfer.shipped_by }] : []),
          { key: "canceled", at: transfer.canceled_at, by: transfer.canceled_by },
        ]
      : [
          { key: "shipped", at: transfer.shipped_at, by: transfer.shipped_by },
          { key: "received", at: transfer.received_at, by: transfer.received_by },
        ]),
  ]

  return (
    <Container className="divide-y p-0" data-testid="stock-transfer-timeline">
      <div className="px-6 py-4">
        <Heading level="h2">{t("distribution.warehouse.transfers.detail.timelineTitle")}</Heading>
      </div>
      <ol className="flex flex-col gap-y-4 px-6 py-4">
        {steps.map((step) => (
          <li
            key={step.key}
            className="flex gap-x-3"
            data-testid={`stock-transfer-timeline-${step.key}`}
            data-done={step.at ? "true" : "false"}
          >
            <span
              className={`mt-1.5 size-2 shrink-0 rounded-full ${
                step.at ? (step.key === "canceled" ? "bg-ui-tag-red-icon" : "bg-ui-tag-green-icon") : "bg-ui-tag-neutral-icon"
              }`}
            />
            <div className="flex flex-col">
              <Text size="small" weight="plus" className={step.at ? undefined : "text-ui-fg-muted"}>
                {t(`distribution.warehouse.transfers.timeline.${step.key}`)}
              </Text>
              {step.at ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {getFullDate({ date: step.at, includeTime: true })}
                  {step.by && (
                    <>
                      {" · "}
                      <ActorName id={step.by} />
                    </>
                  )}
                </Text>
              ) : (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("distribution.warehouse.transfers.timeline.pending")}
                </Text>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Container>
  )
}
