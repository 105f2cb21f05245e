import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** An inventory item's SKU over its title, linking to Medusa's inventory item page. */
export const ItemCell = ({ id, sku, title }: { id: string; sku: string | null; title: string | null }) => (
  <Link to={`/inventory/${id}`} className="flex flex-col hover:underline" onClick={(e) => e.stopPropagation()}>
    <Text size="small" weight="plus" className="whitespace-nowrap">
      {sku || title || id}
    </Text>
    {sku && title && (
      <Text size="xsmall" className="text-ui-fg-subtle max-w-[240px] truncate" title={title}>
        {title}
      </Text>
    )}
  </Link>
)
