import { Container, Skeleton } from "@medusajs/ui"

import { SectionSkeleton } from "../../../../../components/section-skeleton"

/** The statement's layout while it loads. */
export const StatementDetailSkeleton = () => {
  return (
    <div className="flex flex-col gap-y-3" aria-busy="true" data-testid="statement-detail-loading">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-center justify-between">
          <div className="flex flex-col gap-y-2">
            <Skeleton className="h-7 w-56" />
            <Skeleton className="h-5 w-32" />
          </div>
          <Skeleton className="h-8 w-64" />
        </div>
        <div className="grid grid-cols-3 gap-4">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </div>
      </Container>
      <SectionSkeleton rows={5} />
      <SectionSkeleton rows={3} />
    </div>
  )
}
