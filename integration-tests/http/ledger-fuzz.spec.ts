import { distributionTestRunner } from "../helpers/test-runner"
import { generateApiV3Key, generateMerchantKeys } from "../helpers/wechatpay-keys"
import { standInProviderOptions, startWechatPayStandIn, type WechatPayStandIn } from "../helpers/wechatpay-stand-in"
import { formatFailure, runSeeds } from "../ledger-fuzz/run-seeds"

jest.setTimeout(15 * 60 * 1000)

/**
 * Randomized ledger histories (issue #8) in CI: a fixed range of seeds, each
 * a history of checkouts across a random dealer tree, fulfilments, returns,
 * refunds, cancellations, maturation, tier changes, suspensions, moves,
 * adjustments and payout batches (manual, and WeChat Pay through the
 * stand-in with faults), with Medusa's events delivered late, out of order
 * and twice — through the real workflows and subscribers on PostgreSQL. The
 * ledger invariants are checked after every history; a failure names the
 * seed and how to replay it (`npm run fuzz:ledger -- --seeds 1 --from N`).
 * LEDGER_FUZZ_SEEDS / LEDGER_FUZZ_FROM run another range.
 */
const SEEDS = Number(process.env.LEDGER_FUZZ_SEEDS ?? 5)
const FROM = Number(process.env.LEDGER_FUZZ_FROM ?? 1)
const MCHID = "1900000109"
const APPID = "wx0000000000fuzz"

let standIn: WechatPayStandIn

// Before the runner's own beforeAll, which loads medusa-config.ts (it reads DISTRIBUTION_OPTIONS).
beforeAll(async () => {
  const merchant = generateMerchantKeys()
  const apiv3Key = generateApiV3Key()
  standIn = await startWechatPayStandIn({
    merchantPublicKey: merchant.publicKey,
    merchantSerial: merchant.serial,
    mchid: MCHID,
    appid: APPID,
    apiv3Key,
  })
  process.env.DISTRIBUTION_OPTIONS = JSON.stringify({
    min_payout_amount: "1",
    payout_providers: [
      { id: "manual" },
      {
        id: "wechatpay",
        options: standInProviderOptions({ ...merchant, mchid: MCHID, appid: APPID, apiv3Key }, standIn, {
          timeout_ms: 1500,
          rate_limit_per_second: 100,
        }),
      },
    ],
  })
})
afterAll(async () => {
  delete process.env.DISTRIBUTION_OPTIONS
  await standIn?.close()
})

distributionTestRunner({
  testSuite: ({ getContainer }) => {
    it(`keeps every ledger invariant over seeds ${FROM}…${FROM + SEEDS - 1}`, async () => {
      const summary = await runSeeds(getContainer(), { seeds: SEEDS, from: FROM, standIn })
      if (summary.failure) {
        throw new Error(formatFailure(summary.failure))
      }
      expect(summary.run).toBe(SEEDS)
      expect(summary.checks).toBe(SEEDS)
      // The histories did what they are for (not only set-ups).
      for (const step of ["order", "fulfil", "refund", "return", "deliver", "payout"]) {
        expect(summary.steps[step] ?? 0).toBeGreaterThan(0)
      }
    })
  },
})
