import { Container, Skeleton } from "@medusajs/ui"

import { SectionSkeleton } from "../../../../../components/section-skeleton"

/** The batch's layout while it loads. */
export const PayoutBatchSkeleton = () => {
  return (
    <div className="flex flex-col gap-y-3" aria-busy="true" data-testid="payout-batch-loading">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-center justify-between">
          <div className="flex flex-col gap-y-2">
            <Skeleton className="h-7 w-56" />
            <Skeleton className="h-5 w-40" />
          </div>
          <Skeleton className="h-8 w-64" />
        </div>
        <div className="grid grid-cols-4 gap-4">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </div>
        <Skeleton className="h-2 w-full" />
      </Container>
      <SectionSkeleton rows={5} />
    </div>
  )
}
