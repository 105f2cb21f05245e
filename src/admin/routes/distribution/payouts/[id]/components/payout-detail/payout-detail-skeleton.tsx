import { Skeleton } from "@medusajs/ui"

/** The drawer's layout while the payout loads: its fields, entries and history. */
export const PayoutDetailSkeleton = () => (
  <div className="flex flex-col gap-y-6 px-6 py-4" aria-busy="true" data-testid="payout-detail-loading">
    <div className="flex flex-col gap-y-3">
      {Array.from({ length: 6 }).map((_, index) => (
        <div key={index} className="grid grid-cols-2 gap-x-4">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-5 w-full" />
        </div>
      ))}
    </div>
    <div className="flex flex-col gap-y-2">
      <Skeleton className="h-6 w-32" />
      <Skeleton className="h-8 w-full" />
      <Skeleton className="h-8 w-full" />
    </div>
    <div className="flex flex-col gap-y-2">
      <Skeleton className="h-6 w-32" />
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-10 w-full" />
    </div>
  </div>
)
