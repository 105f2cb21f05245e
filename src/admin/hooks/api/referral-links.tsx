import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"

import { downloadBlob } from "../../lib/download-blob"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateReferralLink,
  AdminReferralLink,
  AdminReferralLinkListParams,
  AdminReferralLinkListResponse,
  AdminReferralLinkResponse,
  AdminUpdateReferralLink,
  ReferralQrFormat,
} from "../../types/referral-link"
import { QueryOptions } from "./query-options"
import { referralLinksQueryKeys } from "./query-keys"

const DEALERS = "/admin/distribution/dealers"
const LINKS = "/admin/distribution/links"

const QR_TYPES: Record<ReferralQrFormat, string> = {
  png: "image/png",
  svg: "image/svg+xml",
}

export const useDealerReferralLinks = (
  dealerId: string,
  query?: AdminReferralLinkListParams,
  options?: QueryOptions<AdminReferralLinkListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: referralLinksQueryKeys.list({ dealer_id: dealerId, ...query }),
    queryFn: () =>
      sdk.client.fetch<AdminReferralLinkListResponse>(
        `${DEALERS}/${dealerId}/links`,
        { query }
      ),
    ...options,
  })

  return { ...data, ...rest }
}

export const useCreateReferralLink = (
  dealerId: string,
  options?: UseMutationOptions<
    AdminReferralLinkResponse,
    FetchError,
    AdminCreateReferralLink
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReferralLinkResponse>(
        `${DEALERS}/${dealerId}/links`,
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: referralLinksQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateReferralLink = (
  linkId: string,
  options?: UseMutationOptions<
    AdminReferralLinkResponse,
    FetchError,
    AdminUpdateReferralLink
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReferralLinkResponse>(`${LINKS}/${linkId}`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: referralLinksQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/**
 * Fetches a link's QR code with the admin session (a plain `<a href>` would
 * lose the cookie when the backend is on another origin) and saves it.
 */
export const useDownloadReferralQr = (
  options?: UseMutationOptions<
    void,
    FetchError,
    { link: AdminReferralLink; format: ReferralQrFormat }
  >
) => {
  return useMutation({
    mutationFn: async ({ link, format }) => {
      const response = await sdk.client.fetch<Response>(
        `${LINKS}/${link.id}/qr.${format}`,
        { headers: { accept: QR_TYPES[format] } }
      )
      downloadBlob(await response.blob(), `referral-${link.code}.${format}`)
    },
    ...options,
  })
}
