import { useAdminUserName } from "../../../../hooks/api/warehouse-lookups"

/** Who did it: the admin's name or email once loaded, the raw actor id until then. */
export const ActorName = ({ id }: { id?: string | null }) => {
  const name = useAdminUserName(id)
  return <>{name ?? ""}</>
}
