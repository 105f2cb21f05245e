import type { ReactNode } from "react"

// Literal class names, so the dashboard's Tailwind build keeps both.
const VALUE_CLASS = {
  medium: "txt-compact-medium-plus tabular-nums",
  large: "txt-compact-large-plus tabular-nums",
}

type FigureProps = {
  label: ReactNode
  testId: string
  /** The exact decimal behind a money figure, for tests and tools. */
  amount?: string
  size?: keyof typeof VALUE_CLASS
  children: ReactNode
}

/** One labelled figure of a `<dl>` summary (a total, a balance, a count). */
export const Figure = ({ label, testId, amount, size = "medium", children }: FigureProps) => (
  <div className="flex flex-col gap-y-1">
    <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
    <dd className={VALUE_CLASS[size]} data-testid={testId} data-amount={amount}>
      {children}
    </dd>
  </div>
)
