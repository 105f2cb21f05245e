/** "TR-12" / "SC-3": the human number of a transfer or a count, as printed and listed. */
export const transferNumber = (displayId: number | string) => `TR-${displayId}`
export const countNumber = (displayId: number | string) => `SC-${displayId}`
