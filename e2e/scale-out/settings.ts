// Where the two instances of the scale-out suite listen, and the admin its database is seeded with.
export const SCALE_OUT = {
  portA: Number(process.env.SCALE_OUT_PORT_A ?? 3201),
  portB: Number(process.env.SCALE_OUT_PORT_B ?? 3202),
  /** Instance C uses a Redis of its own that the Redis-outage test stops and starts. */
  portC: Number(process.env.SCALE_OUT_PORT_C ?? 3203),
  privateRedisPort: Number(process.env.SCALE_OUT_PRIVATE_REDIS_PORT ?? 6391),
  admin: { email: "admin@scale-out.test", password: "scale-out-admin-password-1" },
  /** Both instances sign sessions and cart cookies with it; the crowd test signs its carts' cookies too. */
  authSecret: "scale-out-only-secret-0123456789abcdefghij",
};

export const instanceUrl = (port: number) => `http://127.0.0.1:${port}`;
