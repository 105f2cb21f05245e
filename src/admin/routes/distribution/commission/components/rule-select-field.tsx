import { Form } from "@medusajs/dashboard/components"
import { Select } from "@medusajs/ui"
import { ReactNode } from "react"
import { Control, FieldPath, FieldValues } from "react-hook-form"

import { FormFieldLabel } from "../../../../components/inputs/form-field-label"

export type SelectOption = { value: string; label: string }

type RuleSelectFieldProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: string
  options: SelectOption[]
  hint?: ReactNode
  placeholder?: string
  disabled?: boolean
  /** A stand-in for "" (Radix selects cannot hold an empty value), e.g. "any tier". */
  emptyValue?: string
  testId?: string
}

/**
 * A labelled select bound to a string field. The label points at the
 * trigger button (`Form.Control` gives it the label's id), so a screen reader
 * or a browser test finds the select by its label.
 */
export const RuleSelectField = <T extends FieldValues>({
  control,
  name,
  label,
  options,
  hint,
  placeholder,
  disabled,
  emptyValue,
  testId,
}: RuleSelectFieldProps<T>) => {
  return (
    <Form.Field
      control={control}
      name={name}
      render={({ field: { value, onChange, onBlur } }) => (
        <Form.Item>
          <FormFieldLabel>{label}</FormFieldLabel>
          <Select
            value={(value as string) || emptyValue || undefined}
            onValueChange={(next) => onChange(emptyValue !== undefined && next === emptyValue ? "" : next)}
            disabled={disabled}
          >
            <Form.Control>
              <Select.Trigger data-testid={testId} onBlur={onBlur}>
                <Select.Value placeholder={placeholder} />
              </Select.Trigger>
            </Form.Control>
            <Select.Content>
              {options.map((option) => (
                <Select.Item key={option.value} value={option.value}>
                  {option.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {hint && <Form.Hint>{hint}</Form.Hint>}
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )
}
