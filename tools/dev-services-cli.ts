import { startDevServices } from './dev-services';

/** `npm run dev:services`: the local PostgreSQL and Redis until Ctrl-C, for running the apps by hand. */
startDevServices({ profile: 'dev' }).then(
  (services) => {
    console.log(`DATABASE_URL=${services.databaseUrl}\nREDIS_URL=${services.redisUrl}\nPress Ctrl-C to stop them.`);
    setInterval(() => undefined, 1 << 30);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
