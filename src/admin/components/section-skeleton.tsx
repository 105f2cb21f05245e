import { Container, Skeleton } from "@medusajs/ui"

/** Placeholder for a section (heading plus rows) while its data loads. */
export const SectionSkeleton = ({ rows = 3 }: { rows?: number }) => {
  return (
    <Container className="divide-y p-0" aria-busy="true">
      <div className="px-6 py-4">
        <Skeleton className="h-7 w-40" />
      </div>
      {Array.from({ length: rows }).map((_, index) => (
        <div key={index} className="grid grid-cols-2 gap-x-4 px-6 py-4">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-5 w-full" />
        </div>
      ))}
    </Container>
  )
}

/** Placeholder rows inside a section whose heading is already shown. */
export const RowsSkeleton = ({ rows = 3 }: { rows?: number }) => {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
      {Array.from({ length: rows }).map((_, index) => (
        <Skeleton key={index} className="h-8 w-full" />
      ))}
    </div>
  )
}
