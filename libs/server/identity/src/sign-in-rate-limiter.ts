import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type IORedis from 'ioredis';
import { APP_CONFIG, AppConfig, DomainError, DomainErrorCode, redisConnection } from '@lantern/server/core';

/**
 * Failed sign-ins are counted in Redis per email and per client address; past the limit,
 * sign-in is refused until the window ends, even with the right password.
 */
@Injectable()
export class SignInRateLimiter implements OnModuleDestroy {
  private readonly redis: IORedis;
  private readonly byEmail: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = redisConnection(config.redisUrl, 'producer');
    const { attempts, windowSeconds } = config.signInRateLimit;
    this.byEmail = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: 'lantern:sign-in:email',
      points: attempts,
      duration: windowSeconds,
    });
    this.byAddress = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: 'lantern:sign-in:address',
      points: attempts * 10,
      duration: windowSeconds,
    });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const states = await Promise.all([this.byEmail.get(email), this.byAddress.get(address)]);
    const limits = [this.byEmail.points, this.byAddress.points];
    const over = states.find((state, i): state is RateLimiterRes => !!state && state.consumedPoints >= limits[i]);
    if (over) {
      const minutes = Math.max(1, Math.ceil(over.msBeforeNext / 60_000));
      throw new DomainError(
        DomainErrorCode.TOO_MANY_REQUESTS,
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
