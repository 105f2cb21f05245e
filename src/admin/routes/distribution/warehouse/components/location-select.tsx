import { Form } from "@medusajs/dashboard/components"
import { Select, Text } from "@medusajs/ui"
import { Control, FieldPath, FieldValues } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { useWarehouseLocations } from "../../../../hooks/api/warehouse-lookups"
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

type LocationFormFieldProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: string
  /** A location that may not be picked (the other end of a transfer). */
  excludeId?: string
  /** Before the field takes a new value: `previous` is the one it had. */
  onPick?: (value: string, previous: string) => void
  testId: string
}

/** A labelled pick of one of the store's stock locations (the first 100), bound to a form field. */
export const LocationFormField = <T extends FieldValues>({
  control,
  name,
  label,
  excludeId,
  onPick,
  testId,
}: LocationFormFieldProps<T>) => {
  const { t } = useTranslation()
  const { locations, isPending } = useWarehouseLocations({ limit: 100 })

  return (
    <Form.Field
      control={control}
      name={name}
      render={({ field }) => (
        <Form.Item>
          <Form.Label>{label}</Form.Label>
          <Form.Control>
            <LocationSelect
              value={field.value}
              onChange={(value) => {
                onPick?.(value, field.value)
                field.onChange(value)
              }}
              locations={locations ?? []}
              disabled={isPending}
              excludeId={excludeId}
              placeholder={t("distribution.warehouse.transfers.create.locationPlaceholder")}
              testId={testId}
            />
          </Form.Control>
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )
}
