import type { Db } from "./create-client";

/** A client that asks `get` for the real one at each use, so importing it opens nothing. */
export function lazyClient(get: () => Db): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const client = get();
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}
