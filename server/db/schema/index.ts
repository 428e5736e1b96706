/** The whole product's schema, one module per area. drizzle-kit generates drizzle/ from here. */
export * from './policy.ts';
export * from './jobs.ts';
export * from './auth.ts';
export * from './chat.ts';
export * from './cases.ts';
export * from './review.ts';
export * from './limits.ts';
export * from './helpers.ts';
export * from './wait.ts';
