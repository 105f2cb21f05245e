import { recordTouchRoute } from "../record-touch"

/** A shopper arrived through a referral link or QR code. */
export const POST = recordTouchRoute("link")
