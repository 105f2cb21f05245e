import { Container, Skeleton } from "@medusajs/ui"

import { SectionSkeleton } from "../../../../../components/section-skeleton"

/** The detail page's layout while the dealer loads. */
export const DealerDetailSkeleton = () => {
  return (
    <div className="flex flex-col gap-y-3" aria-busy="true">
      <Container className="flex items-center justify-between px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <Skeleton className="h-7 w-48" />
          <Skeleton className="h-5 w-24" />
        </div>
        <Skeleton className="h-6 w-20" />
      </Container>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <SectionSkeleton rows={6} />
          <SectionSkeleton rows={2} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <SectionSkeleton rows={3} />
          <SectionSkeleton rows={1} />
        </div>
      </div>
    </div>
  )
}
