// Test stand-in for the 'server-only' marker package: importing it is allowed outside Next.
export {};
