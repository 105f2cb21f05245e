import { Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { WarehouseLocation } from "../../../../types/stock-transfer"

type LocationSelectProps = {
  value?: string
  onChange: (value: string) => void
  locations: WarehouseLocation[]
  disabled?: boolean
  placeholder?: string
  /** Locations that may not be picked (the other end of a transfer). */
  excludeId?: string
  testId: string
}

/** "Owner · city" under a location's name: the dealer's code and name, or the producer. */
export const useLocationOwnerLabel = () => {
  const { t } = useTranslation()
  return (location: WarehouseLocation) =>
    [
      location.dealer
        ? `${location.dealer.code} · ${location.dealer.name}`
        : t("distribution.warehouse.common.producer"),
      location.address?.city,
    ]
      .filter(Boolean)
      .join(" · ")
}

/** A stock location, with who owns it shown beside its name. */
export const LocationSelect = ({
  value,
  onChange,
  locations,
  disabled,
  placeholder,
  excludeId,
  testId,
}: LocationSelectProps) => {
  const ownerLabel = useLocationOwnerLabel()

  return (
    <Select value={value || undefined} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger data-testid={testId}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {locations.map((location) => (
          <Select.Item
            key={location.id}
            value={location.id}
            disabled={location.id === excludeId}
            data-testid={`${testId}-option-${location.id}`}
          >
            <span className="flex items-baseline gap-x-2">
              <span>{location.name}</span>
              <Text as="span" size="xsmall" className="text-ui-fg-subtle">
                {ownerLabel(location)}
              </Text>
            </span>
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
