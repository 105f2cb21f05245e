// Writes a dealer tree of `size` downline dealers under one root, as the
// distribution module writes it (materialized `path` of ids ending in "/",
// `depth` 1 = under the producer, `parent_id`), with plain SQL.
//
// Shape: root R (depth 1) → A, B (depth 2); S under A (depth 3) heads a subtree
// of `subtree` dealers (the one the benchmark moves between A and B); the rest
// hang under random earlier dealers, at most `maxDepth` deep.
import pg from "pg"
import { seededRandom } from "../lib/report.mjs"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

function idMaker(random, prefix) {
  return () => {
    let s = ""
    for (let i = 0; i < 26; i++) s += CROCKFORD[Math.floor(random() * 32)]
    return `${prefix}_${s}`
  }
}

export async function generateTree(url, { size = 100_000, subtree = 10_000, maxDepth = 10, seed = 9 } = {}) {
  const random = seededRandom(seed)
  const newId = idMaker(random, "dlr")
  const tiers = [1, 2, 3].map((rank) => ({ id: `dtier_BENCH${rank}`, rank }))
  const nodes = [] // { id, parent, path, depth }
  const add = (parent) => {
    const id = newId()
    const node = { id, parent: parent?.id ?? null, path: `${parent?.path ?? ""}${id}/`, depth: (parent?.depth ?? 0) + 1 }
    nodes.push(node)
    return node
  }
  const root = add(null)
  const a = add(root)
  const b = add(root)
  const s = add(a)
  const subtreeNodes = [s]
  while (subtreeNodes.length < subtree) {
    let parent
    do parent = subtreeNodes[Math.floor(random() * subtreeNodes.length)]
    while (parent.depth >= maxDepth)
    subtreeNodes.push(add(parent))
  }
  const others = [root, a, b]
  while (nodes.length < size + 1) {
    let parent
    do parent = others[Math.floor(random() * others.length)]
    while (parent.depth >= maxDepth)
    others.push(add(parent))
  }

  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("BEGIN")
    for (const t of tiers) {
      await client.query(
        `INSERT INTO distribution_dealer_tier (id, code, name_en, name_zh, rank) VALUES ($1, $2, $3, $4, $5)`,
        [t.id, `bench-${t.rank}`, `Tier ${t.rank}`, `${t.rank}级经销商`, t.rank]
      )
    }
    const chunk = 10_000
    for (let i = 0; i < nodes.length; i += chunk) {
      const part = nodes.slice(i, i + chunk)
      await client.query(
        `INSERT INTO distribution_dealer (id, code, display_name, status, customer_id, path, depth, tier_id, parent_id, phone, region)
         SELECT id, code, display_name, 'active', customer_id, path, depth, tier_id, parent_id, phone, region
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[])
             AS t(id, code, display_name, customer_id, path, depth, tier_id, parent_id, phone, region)`,
        [
          part.map((n) => n.id),
          part.map((_, j) => `D${String(i + j).padStart(6, "0")}`),
          part.map((_, j) => `Dealer ${i + j}`),
          part.map((_, j) => `cus_BENCH${String(i + j).padStart(7, "0")}`),
          part.map((n) => n.path),
          part.map((n) => n.depth),
          part.map((n) => tiers[Math.min(n.depth, 3) - 1].id),
          part.map((n) => n.parent),
          part.map((_, j) => `138${String(10_000_000 + i + j).slice(-8)}`),
          part.map((n) => ["Shanghai", "Beijing", "Guangdong", "Zhejiang"][n.depth % 4]),
        ]
      )
    }
    await client.query("COMMIT")
    await client.query("ANALYZE distribution_dealer")
    await client.query("ANALYZE distribution_dealer_tier")
  } finally {
    await client.end()
  }

  const byDepth = new Map()
  for (const n of nodes) {
    if (!byDepth.has(n.depth)) byDepth.set(n.depth, [])
    byDepth.get(n.depth).push(n.id)
  }
  // For the upline case: a few dealers at each depth, chosen with the same seed.
  const uplineSamples = {}
  for (const [depth, ids] of [...byDepth].sort((x, y) => x[0] - y[0])) {
    uplineSamples[depth] = Array.from({ length: 20 }, () => ids[Math.floor(random() * ids.length)])
  }
  return {
    root: root.id,
    a: a.id,
    b: b.id,
    s: s.id,
    total: nodes.length,
    downline: nodes.length - 1,
    subtree: subtreeNodes.length,
    depthCounts: Object.fromEntries([...byDepth].map(([d, ids]) => [d, ids.length])),
    uplineSamples,
  }
}
