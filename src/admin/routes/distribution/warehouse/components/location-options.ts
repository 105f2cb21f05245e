import { useMemo } from "react"

import { useWarehouseLocations } from "../../../../hooks/api/warehouse-lookups"

/** A location's name, with its dealer's code when a dealer owns it: "Shanghai (SH001)". */
export const nameWithDealerCode = (name: string, dealer: { code: string } | null | undefined) =>
  dealer ? `${name} (${dealer.code})` : name

/** The store's stock locations (the first 100) as a list filter's options. */
export const useLocationFilterOptions = () => {
  const { locations } = useWarehouseLocations({ limit: 100 }, { staleTime: 60_000 })
  return useMemo(
    () =>
      (locations ?? []).map((location) => ({
        label: nameWithDealerCode(location.name, location.dealer),
        value: location.id,
      })),
    [locations]
  )
}
