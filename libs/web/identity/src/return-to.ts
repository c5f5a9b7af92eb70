/** Where to go after signing in: only a path in this app, never another site ("//evil.example" or "https://..."). */
export function safeReturnTo(value: string | null | undefined): string {
  if (
    !value ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\') ||
    value.startsWith('/sign-in')
  )
    return '/';
  return value;
}

export function signInPathFor(returnTo: string): string {
  return returnTo && returnTo !== '/' ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in';
}
