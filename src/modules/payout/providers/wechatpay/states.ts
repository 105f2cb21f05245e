/**
 * What WeChat's transfer-bill states and error codes mean for a payout.
 *
 * States (商家转账 transfer bill `state`):
 *   ACCEPTED 已受理, PROCESSING 锁定资金中, TRANSFERING 转账中, CANCELING 撤销中 → still moving;
 *   WAIT_USER_CONFIRM 待收款用户确认 → the dealer must confirm in WeChat (package_info);
 *   SUCCESS, FAIL, CANCELLED → final.
 *
 * Error codes: WeChat's own rule for this API is "a non-200 answer or a new
 * error code: never switch to a new out_bill_no until a query says the bill
 * failed" (发起转账, pay.weixin.qq.com/doc/v3/merchant/4012716434 and its FAQ
 * 4013778940). So only the codes below, verified, answered to a create, are
 * refusals, and the provider still confirms them with a query before it says
 * "failed". Everything else is "unknown".
 */
import type { TransferOutcome, TransferState } from "../types"

const STATES: Record<string, TransferState> = {
  ACCEPTED: "processing",
  PROCESSING: "processing",
  TRANSFERING: "processing",
  CANCELING: "processing",
  WAIT_USER_CONFIRM: "awaiting_confirmation",
  SUCCESS: "succeeded",
  FAIL: "failed",
  CANCELLED: "canceled",
}

export const WECHAT_TRANSFER_STATES = Object.keys(STATES)

/** A transfer bill as WeChat returns it (create, query, cancel answers and the decrypted callback). */
export type WechatTransferBill = {
  out_bill_no?: string
  transfer_bill_no?: string
  state?: string
  package_info?: string
  fail_reason?: string
  transfer_amount?: number
  openid?: string
  mch_id?: string
  appid?: string
}

/** Maps a bill to an outcome; a state we don't know is "unknown" (query later), never a guess. */
export function outcomeOfBill(bill: WechatTransferBill): TransferOutcome {
  const raw = typeof bill.state === "string" ? bill.state : null
  const state = raw ? STATES[raw] : undefined
  if (!state) {
    return {
      state: "unknown",
      provider_state: raw,
      provider_reference: bill.transfer_bill_no ?? null,
      error: `WeChat answered a transfer state we don't know: ${JSON.stringify(bill.state ?? null)}`,
    }
  }
  return {
    state,
    provider_state: raw,
    provider_reference: bill.transfer_bill_no ?? null,
    package_info: state === "awaiting_confirmation" ? bill.package_info ?? null : null,
    failure_reason: state === "failed" ? bill.fail_reason ?? "FAIL" : null,
  }
}

/**
 * Codes that, answered (signed) to a create with a 4xx, mean WeChat did not take
 * the transfer:
 *   PARAM_ERROR 参数错误 (e.g. scene report infos missing);
 *   INVALID_REQUEST 不符合业务规则 (amount outside limits, scene unavailable, IP not
 *     allowed, appid unbound, user_recv_perception unsupported — but also
 *     "单号已存在但信息不一致": hence the confirming query);
 *   NO_AUTH 商户无权限 / product not enabled; NOT_ENOUGH 运营账户资金不足
 *     (WeChat suggests retrying the same out_bill_no after a top-up);
 *   USER_ERROR 当前商户存在异常.
 * Not here on purpose: FREQUENCY_LIMITED (429, retry the same bill), SYSTEM_ERROR
 * (5xx), SIGN_ERROR (401: our signature; never signed by WeChat anyway), any other.
 */
export const CREATE_REFUSAL_CODES = ["PARAM_ERROR", "INVALID_REQUEST", "NO_AUTH", "NOT_ENOUGH", "USER_ERROR"] as const

export function isCreateRefusal(status: number, code: string | undefined): boolean {
  return status >= 400 && status < 500 && status !== 429 && !!code && (CREATE_REFUSAL_CODES as readonly string[]).includes(code)
}
