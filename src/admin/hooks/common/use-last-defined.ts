import { useEffect, useState } from "react"

/**
 * Remembers the last non-null value, so a drawer keeps showing its record
 * while it animates closed after the caller has already cleared it.
 */
export const useLastDefined = <T>(value: T | null): T | null => {
  const [last, setLast] = useState<T | null>(value)

  useEffect(() => {
    if (value !== null) {
      setLast(value)
    }
  }, [value])

  return value ?? last
}
