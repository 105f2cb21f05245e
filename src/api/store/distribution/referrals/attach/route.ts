import { recordTouchRoute } from "../record-touch"

/** A shopper typed a referral code at checkout; refused codes answer 400 with the reason. */
export const POST = recordTouchRoute("code")
