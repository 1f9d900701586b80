import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.js';

/** Stands for an argument while a prepared query is built. */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * A query built and compiled once per dialect, then run with new arguments. Kysely builds and compiles a query
 * on every call, which costs about as much as running one of the sandbox's hot statements (an indexed lookup, a
 * one-row insert) — those that run on every request are worth compiling once.
 *
 * `build` gets stand-ins for the arguments and must use them as plain values (compared, inserted), never
 * branch on them or pass them where Kysely expects a list.
 *
 * @example
 * const eventById = preparedQuery((db, id: number) => db.selectFrom('events').selectAll().where('id', '=', id));
 * const { rows } = await eventById(trx, 42);
 */
export function preparedQuery<A extends unknown[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): (db: Kysely<Database>, ...args: A) => Promise<QueryResult<R>> {
  // By adapter: a transaction shares its database's, and each dialect compiles its own SQL.
  const compiled = new WeakMap<object, CompiledQuery<R>>();
  return (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let query = compiled.get(adapter);
    if (query === undefined) {
      query = build(db, ...(args.map((_, index) => new Slot(index)) as A)).compile();
      compiled.set(adapter, query);
    }
    const parameters = query.parameters.map((value) => (value instanceof Slot ? args[value.index] : value));
    return db.executeQuery(CompiledQuery.raw(query.sql, parameters) as CompiledQuery<R>);
  };
}
