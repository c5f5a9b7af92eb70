import { Module } from '@nestjs/common';
import { VIEWER_SOURCE } from '@lantern/server/core';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { PasswordHasher } from './password-hasher';
import { SignInRateLimiter } from './sign-in-rate-limiter';

@Module({
  providers: [
    IdentityService,
    IdentityResolver,
    PasswordHasher,
    SignInRateLimiter,
    { provide: VIEWER_SOURCE, useExisting: IdentityService },
  ],
  exports: [IdentityService, PasswordHasher, VIEWER_SOURCE],
})
export class IdentityModule {}
