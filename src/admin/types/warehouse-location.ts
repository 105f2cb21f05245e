/** A dealer's own stock location, as `/admin/distribution/dealers/:id/locations` returns it. */
export type DealerLocationAddress = {
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}

export type DealerLocationStock = {
  items: number
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type AdminDealerLocation = {
  id: string
  name: string
  address: DealerLocationAddress | null
  stock: DealerLocationStock
}

export type AdminDealerLocationListResponse = { locations: AdminDealerLocation[] }
export type AdminDealerLocationResponse = { location: Omit<AdminDealerLocation, "stock"> }

export type AdminCreateDealerLocation = {
  name: string
  address: {
    address_1: string
    address_2?: string
    city: string
    province?: string
    postal_code?: string
    country_code: string
    phone?: string
  }
}

/** A row of `/admin/distribution/warehouse/locations` (for picking an existing location). */
export type AdminWarehouseLocationOption = {
  id: string
  name: string
  address: { city: string | null; country_code: string | null } | null
  dealer: { id: string; code: string; name: string } | null
}
export type AdminWarehouseLocationListResponse = {
  locations: AdminWarehouseLocationOption[]
  count: number
  limit: number
  offset: number
}

type Ref = { id: string; name: string }
type DealerRef = { id: string; code: string; name: string }

/** `/admin/distribution/orders/:id/stock-source`: where an order's stock sits. */
export type AdminOrderStockSource = {
  order_id: string
  locations: { location: Ref; dealer: DealerRef | null; quantity: number }[]
  ships_from: { location: Ref; dealer: DealerRef; quantity: number } | null
  unfulfilled_items: { id: string; title: string; quantity: number }[]
  restock_order: {
    id: string
    status: "placed" | "partially_received" | "received" | "canceled"
    dealer: DealerRef | null
    source: { location_id: string | null; dealer_id: string | null; dealer: DealerRef | null }
    source_location: Ref | null
    target_location: Ref | null
    transfers: {
      id: string
      display_id: number
      status: string
      from_location: Ref
      to_location: Ref
      fulfillment_id: string | null
      received_at: string | null
      total_quantity: number
      received_quantity: number
    }[]
  } | null
}
