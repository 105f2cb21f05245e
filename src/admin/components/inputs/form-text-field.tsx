import { Form } from "@medusajs/dashboard/components"
import { Input, Textarea } from "@medusajs/ui"
import { Control, FieldPath, FieldValues } from "react-hook-form"

import { FormFieldLabel } from "./form-field-label"

type FormTextFieldProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: string
  hint?: string
  optional?: boolean
  placeholder?: string
  multiline?: boolean
  type?: "text" | "email" | "tel" | "number"
  testId?: string
}

/** A labelled text input bound to a react-hook-form field, with its error. */
export const FormTextField = <T extends FieldValues>({
  control,
  name,
  label,
  hint,
  optional,
  placeholder,
  multiline,
  type = "text",
  testId,
}: FormTextFieldProps<T>) => {
  return (
    <Form.Field
      control={control}
      name={name}
      render={({ field }) => (
        <Form.Item>
          <FormFieldLabel optional={optional}>{label}</FormFieldLabel>
          <Form.Control>
            {multiline ? (
              <Textarea
                {...field}
                value={field.value ?? ""}
                placeholder={placeholder}
                data-testid={testId}
              />
            ) : (
              <Input
                {...field}
                value={field.value ?? ""}
                type={type}
                placeholder={placeholder}
                autoComplete="off"
                data-testid={testId}
              />
            )}
          </Form.Control>
          {hint && <Form.Hint>{hint}</Form.Hint>}
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )
}
