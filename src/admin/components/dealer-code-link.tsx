import { Link } from "react-router-dom"

/** A dealer's code, linking to its page (splits, previews, ledger entries). */
export const DealerCodeLink = ({ id, code }: { id: string; code: string }) => (
  <Link
    to={`/distribution/dealers/${id}`}
    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
  >
    {code}
  </Link>
)
