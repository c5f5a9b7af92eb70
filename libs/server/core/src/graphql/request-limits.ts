import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked while a request is validated, before any resolver (or SQL) runs: depth,
 * cost, aliases, directives and tokens; field suggestions are never sent.
 */
export const REQUEST_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
} as const;

export function requestLimits() {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost, exposeLimits: true },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: REQUEST_LIMITS.maxTokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules };
}
