import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import {
  Allow,
  APP_CONFIG,
  AppConfig,
  CurrentViewer,
  DomainError,
  DomainErrorCode,
  Public,
  RequestContext,
} from '@lantern/server/core';
import type { Viewer } from '@lantern/shared/domain';
import { IdentityService } from './identity.service';
import { NewUserInput, SignInInput, UserModel } from './identity.types';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Public()
  async me(@Context() context: RequestContext) {
    const viewer = await this.identity.viewerFor(context);
    return viewer ? this.identity.getUser(viewer.userId) : null;
  }

  @Mutation(() => UserModel)
  @Public()
  async signIn(@Args('input') input: SignInInput, @Context() context: RequestContext) {
    const { token, user, expiresAt } = await this.identity.signIn(
      input.email,
      input.password,
      context.req.ip ?? 'unknown',
    );
    context.res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.session.secureCookie, expiresAt));
    return user;
  }

  @Mutation(() => Boolean)
  @Public()
  async signOut(@Context() context: RequestContext) {
    await this.identity.signOut(context.req.cookies?.[SESSION_COOKIE]);
    context.res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.session.secureCookie));
    return true;
  }

  @Query(() => [UserModel])
  @Allow('ADMINISTRATOR')
  users(@CurrentViewer() viewer: Viewer) {
    return this.identity.listUsers(viewer);
  }

  @Mutation(() => UserModel)
  @Allow('ADMINISTRATOR')
  createUser(@Args('input') input: NewUserInput, @CurrentViewer() viewer: Viewer) {
    return this.identity.createUser(viewer, input);
  }

  @Mutation(() => UserModel, { description: 'Disabling a user ends their sessions at once.' })
  @Allow('ADMINISTRATOR')
  setUserDisabled(
    @Args('id', { type: () => ID }) id: string,
    @Args('disabled') disabled: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    if (disabled && id === viewer.userId) {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'You cannot disable your own account.');
    }
    return this.identity.setDisabled(viewer, id, disabled);
  }
}
