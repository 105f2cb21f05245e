import { Heading } from "@medusajs/ui"
import { Control } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { FormDateField } from "../../../../../components/inputs/form-date-field"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { DealerProfileFormValues } from "./dealer-profile-schema"

type DealerProfileFieldsProps = {
  // Any form whose values include the profile fields.
  control: Control<any>
}

/** The profile and contract inputs, shared by the create and edit forms. */
export const DealerProfileFields = ({ control }: DealerProfileFieldsProps) => {
  const { t } = useTranslation()
  const typedControl = control as Control<DealerProfileFormValues>

  return (
    <div className="flex flex-col gap-y-8">
      <div className="flex flex-col gap-y-4">
        <Heading level="h3">
          {t("distribution.dealers.create.profileHeading")}
        </Heading>
        <FormTextField
          control={typedControl}
          name="display_name"
          label={t("distribution.fields.displayName")}
          testId="dealer-display-name"
        />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormTextField
            control={typedControl}
            name="company_name"
            label={t("distribution.fields.companyName")}
            optional
          />
          <FormTextField
            control={typedControl}
            name="contact_name"
            label={t("distribution.fields.contactName")}
            optional
          />
          <FormTextField
            control={typedControl}
            name="phone"
            type="tel"
            label={t("distribution.fields.phone")}
            optional
          />
          <FormTextField
            control={typedControl}
            name="email"
            type="email"
            label={t("distribution.fields.email")}
            optional
          />
          <FormTextField
            control={typedControl}
            name="region"
            label={t("distribution.fields.region")}
            optional
          />
        </div>
        <FormTextField
          control={typedControl}
          name="address"
          label={t("distribution.fields.address")}
          optional
          multiline
        />
      </div>
      <div className="flex flex-col gap-y-4">
        <Heading level="h3">
          {t("distribution.dealers.create.contractHeading")}
        </Heading>
        <FormTextField
          control={typedControl}
          name="contract_number"
          label={t("distribution.fields.contractNumber")}
          optional
        />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormDateField
            control={typedControl}
            name="contract_start_at"
            label={t("distribution.fields.contractStartAt")}
            optional
          />
          <FormDateField
            control={typedControl}
            name="contract_end_at"
            label={t("distribution.fields.contractEndAt")}
            optional
          />
        </div>
      </div>
    </div>
  )
}
