// EXPLAIN (ANALYZE, BUFFERS) of the benchmark's queries, boiled down to what
// matters here: which scans, whether an index-only scan fetched heap rows,
// how many buffers, how long.

/** Runs EXPLAIN (ANALYZE, BUFFERS, SUMMARY, FORMAT JSON) and summarizes the plan's scan nodes and its planning time. */
export async function explain(client, sql, params = []) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, SUMMARY, FORMAT JSON) ${sql}`, params)
  const plan = rows[0]["QUERY PLAN"][0]
  const scans = []
  const walk = (node) => {
    if (/Scan/.test(node["Node Type"])) {
      const index = node["Index Name"] ? ` ${node["Index Name"].replace(/^IDX_commission_entry_/, "")}` : ""
      const heap = node["Heap Fetches"] !== undefined ? ` heap_fetches=${node["Heap Fetches"]}` : ""
      const blocks = node["Exact Heap Blocks"] !== undefined ? ` heap_blocks=${node["Exact Heap Blocks"]}` : ""
      scans.push(`${node["Node Type"]}${index}${heap}${blocks}`)
    }
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(plan.Plan)
  const buffers = (plan.Plan["Shared Hit Blocks"] ?? 0) + (plan.Plan["Shared Read Blocks"] ?? 0)
  return { plan: scans.join(" + "), buffers, ms: plan["Execution Time"], planning_ms: plan["Planning Time"] }
}
