/**
 * The part of a module's MikroORM entity manager (`sharedContext.manager` /
 * `transactionManager`) that bulk writes use.
 */
export type BoundSqlManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
  getTransactionContext?: () => any
  getKnex?: () => any
}

/**
 * Runs one statement with `?` placeholders on the manager's connection (its
 * transaction, when it has one), the values sent to PostgreSQL as bound
 * parameters. MikroORM's `execute` instead writes every value into the SQL
 * text (escaping each string in JavaScript): for a multi-row insert of a
 * batch's splits (their plan snapshots and split JSON) that is megabytes of
 * text built and scanned per statement — a third of a backlog batch's CPU,
 * measured. Same statement, same rows; returns the rows like `execute`.
 */
export async function executeBound(manager: BoundSqlManager, sql: string, params: unknown[] = []): Promise<any[]> {
  const knex = manager.getTransactionContext?.() ?? manager.getKnex?.()
  if (!knex) {
    return await manager.execute(sql, params)
  }
  // knex refuses undefined bindings; MikroORM wrote them as NULL.
  const result = await knex.raw(sql, params.map((p) => (p === undefined ? null : p)))
  return result.rows
}
