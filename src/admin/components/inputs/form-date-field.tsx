import { Form } from "@medusajs/dashboard/components"
import { DatePicker } from "@medusajs/ui"
import { Control, FieldPath, FieldValues } from "react-hook-form"

import { FormFieldLabel } from "./form-field-label"

type FormDateFieldProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: string
  optional?: boolean
}

/** A date picker bound to a `Date | null` react-hook-form field. */
export const FormDateField = <T extends FieldValues>({
  control,
  name,
  label,
  optional,
}: FormDateFieldProps<T>) => {
  return (
    <Form.Field
      control={control}
      name={name}
      render={({ field: { value, onChange } }) => (
        <Form.Item>
          <FormFieldLabel optional={optional}>{label}</FormFieldLabel>
          <Form.Control>
            <DatePicker
              value={value ?? null}
              onChange={(date) => onChange(date ?? null)}
              granularity="day"
            />
          </Form.Control>
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )
}
