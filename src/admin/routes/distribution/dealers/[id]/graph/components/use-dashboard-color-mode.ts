import { useEffect, useState } from "react"

const isDark = () => document.documentElement.classList.contains("dark")

/**
 * The dashboard's own theme (the `dark` class it sets on `<html>`), which can
 * differ from the system's: React Flow's controls and minimap follow it.
 */
export const useDashboardColorMode = (): "light" | "dark" => {
  const [dark, setDark] = useState(isDark)

  useEffect(() => {
    const observer = new MutationObserver(() => setDark(isDark()))
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] })
    return () => observer.disconnect()
  }, [])

  return dark ? "dark" : "light"
}
