import { useTranslation } from "react-i18next"

/**
 * A `DataTable`'s empty states from `${prefix}.emptyHeading`,
 * `.emptyDescription`, `.filteredHeading` and `.filteredDescription`:
 * nothing yet, or nothing matching the search and filters.
 */
export const useListEmptyState = (prefix: string) => {
  const { t } = useTranslation()
  return {
    empty: {
      heading: t(`${prefix}.emptyHeading`),
      description: t(`${prefix}.emptyDescription`),
    },
    filtered: {
      heading: t(`${prefix}.filteredHeading`),
      description: t(`${prefix}.filteredDescription`),
    },
  }
}
