import { QueryClient, useMutation, useQueryClient } from "@tanstack/react-query"

import { MutationOptions } from "./query-options"

/** A mutation that refreshes with `invalidate` before the caller's own onSuccess. */
export const useInvalidatingMutation = <TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  invalidate: (queryClient: QueryClient, data: TData, variables: TVariables) => void,
  options?: MutationOptions<TData, TVariables>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn,
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate(queryClient, data, variables)
      options?.onSuccess?.(data, variables, context)
    },
  })
}
