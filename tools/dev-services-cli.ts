import { startDevServices } from './dev-services';

/**
 * `npm run dev:services`: the local `dev` PostgreSQL, Redis and SMTP catcher until Ctrl-C, for running the apps by hand.
 * The URLs printed are local development credentials. Ctrl-C (or SIGTERM) stops both servers: the
 * handlers dev-services registers do that and exit with 130 / 143.
 */
async function main(): Promise<void> {
  const services = await startDevServices({ profile: 'dev' });
  console.log(`DATABASE_URL=${services.databaseUrl}`);
  console.log(`REDIS_URL=${services.redisUrl}`);
  console.log(`SMTP_URL=${services.smtpUrl}`);
  if (services.mailUrl) console.log(`Mail caught: ${services.mailUrl}`);
  console.log('Press Ctrl-C to stop them.');
  // Keeps the process alive even when both URLs came from the environment (nothing started).
  setInterval(() => undefined, 1 << 30);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
