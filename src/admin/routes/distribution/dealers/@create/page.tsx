import { RouteFocusModal } from "@medusajs/dashboard/components"

import { DealerCreateForm } from "../components/dealer-create-form/dealer-create-form"

/** `/distribution/dealers/create`, a focus modal over the dealers list. */
const DealerCreatePage = () => {
  return (
    <RouteFocusModal>
      <DealerCreateForm />
    </RouteFocusModal>
  )
}

export default DealerCreatePage
