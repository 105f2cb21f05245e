import { Container, Skeleton } from "@medusajs/ui"

import { SectionSkeleton } from "../../../../components/section-skeleton"

/** The editor's layout while the plan loads. */
export const CommissionPlanSkeleton = () => {
  return (
    <div className="flex flex-col gap-y-3" aria-busy="true" data-testid="commission-plan-loading">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-center justify-between">
          <div className="flex flex-col gap-y-2">
            <Skeleton className="h-7 w-48" />
            <Skeleton className="h-5 w-72" />
          </div>
          <Skeleton className="h-8 w-28" />
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
          {Array.from({ length: 4 }).map((_, index) => (
            <div key={index} className="flex flex-col gap-y-2">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-5 w-16" />
              <Skeleton className="h-4 w-full" />
            </div>
          ))}
        </div>
      </Container>
      <SectionSkeleton rows={4} />
      <SectionSkeleton rows={2} />
    </div>
  )
}
