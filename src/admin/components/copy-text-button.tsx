import { CheckCircleSolid, SquareTwoStack } from "@medusajs/icons"
import { IconButton, toast, Tooltip } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { copyToClipboard } from "../lib/copy-to-clipboard"

type CopyTextButtonProps = {
  text: string
  /** What is copied, for screen readers and the tooltip ("Copy link"). */
  label: string
  testId?: string
}

/** A copy icon with a translated tooltip (`@medusajs/ui`'s Copy is English-only). */
export const CopyTextButton = ({ text, label, testId }: CopyTextButtonProps) => {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (!copied) {
      return
    }
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])

  const onClick = async () => {
    try {
      await copyToClipboard(text)
      setCopied(true)
    } catch {
      toast.error(t("distribution.common.copyFailed"))
    }
  }

  return (
    <Tooltip content={copied ? t("distribution.common.copied") : label}>
      <IconButton
        size="2xsmall"
        variant="transparent"
        type="button"
        aria-label={label}
        onClick={onClick}
        data-testid={testId}
        data-copied={copied}
      >
        {copied ? <CheckCircleSolid className="text-ui-fg-subtle" /> : <SquareTwoStack className="text-ui-fg-subtle" />}
      </IconButton>
    </Tooltip>
  )
}
