import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

// Drawn like the edges of `build-graph-flow.ts`.
const LINES = [
  { key: "upline", stroke: "var(--fg-muted)", dash: undefined },
  { key: "binding", stroke: "var(--fg-disabled)", dash: "5 4" },
]

/** What the two kinds of line mean. */
export const GraphLegend = () => {
  const { t } = useTranslation()

  return (
    <ul className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-1 rounded-md px-3 py-2">
      {LINES.map(({ key, stroke, dash }) => (
        <li key={key} className="flex items-center gap-x-2">
          <svg width="28" height="6" aria-hidden>
            <line x1="0" y1="3" x2="28" y2="3" stroke={stroke} strokeWidth="1.5" strokeDasharray={dash} />
          </svg>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(`distribution.graph.legend.${key}`)}
          </Text>
        </li>
      ))}
    </ul>
  )
}
