import { Form } from "@medusajs/dashboard/components"
import { Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type FormFieldLabelProps = {
  children: ReactNode
  optional?: boolean
}

/**
 * A form label with our own "(Optional)" marker: the dashboard's `optional`
 * prop uses a key its Chinese translation lacks, so it would show English.
 */
export const FormFieldLabel = ({ children, optional }: FormFieldLabelProps) => {
  const { t } = useTranslation()

  return (
    <Form.Label
      icon={
        optional ? (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            {t("distribution.common.optional")}
          </Text>
        ) : undefined
      }
    >
      {children}
    </Form.Label>
  )
}
