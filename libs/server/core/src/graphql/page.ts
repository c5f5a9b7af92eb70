import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Page number, from 1.' })
  page: number = 1;

  @Field(() => Int, { defaultValue: 20, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` })
  pageSize: number = 20;
}

/** Validates page arguments and turns them into an SQL offset and limit. */
export function pageWindow(args: { page: number; pageSize: number }): { offset: number; limit: number } {
  if (!Number.isInteger(args.page) || args.page < 1) {
    throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'Page must be 1 or more.');
  }
  if (!Number.isInteger(args.pageSize) || args.pageSize < 1 || args.pageSize > MAX_PAGE_SIZE) {
    throw new DomainError(DomainErrorCode.BAD_USER_INPUT, `Page size must be from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return { offset: (args.page - 1) * args.pageSize, limit: args.pageSize };
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A GraphQL page type for items of one type: `PremisesPage { items total page pageSize }`. */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageType implements Page<T> {
    @Field(() => [item])
    items: T[];
    @Field(() => Int)
    total: number;
    @Field(() => Int)
    page: number;
    @Field(() => Int)
    pageSize: number;
  }
  return PageType;
}
