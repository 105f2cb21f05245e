import { StatusBadge } from "@medusajs/ui"
import { ComponentProps } from "react"
import { useTranslation } from "react-i18next"

type StatusBadgeColor = NonNullable<ComponentProps<typeof StatusBadge>["color"]>

type StatusBadgeConfig<S extends string> = {
  colors: Record<S, StatusBadgeColor>
  /** Where the labels live: a status reads `${labelKey}.${status}` (the raw status when missing). */
  labelKey: string
  /** The default `data-testid`; each badge may pass its own. */
  testId?: string
  className?: string
}

/**
 * The badge of one kind of status: coloured and labelled by status, with the
 * status in `data-status` for tests. An unknown status (a newer server) shows
 * grey under its raw name.
 */
export const createStatusBadge = <S extends string>({
  colors,
  labelKey,
  testId: defaultTestId,
  className,
}: StatusBadgeConfig<S>) => {
  const KeyedStatusBadge = ({ status, testId = defaultTestId }: { status: S; testId?: string }) => {
    const { t } = useTranslation()

    return (
      <StatusBadge
        color={colors[status] ?? "grey"}
        className={className}
        data-testid={testId}
        data-status={status}
      >
        {t(`${labelKey}.${status}`, { defaultValue: status })}
      </StatusBadge>
    )
  }

  return KeyedStatusBadge
}
