/** A GraphQL client over real HTTP that keeps its session cookie, as a browser would. */
export interface GraphqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; fieldErrors?: { field: string; message: string }[] };
  }[];
}

export class GraphqlClient {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  /** Uses a raw cookie header, e.g. to try a forged or expired session. */
  withCookie(cookie: string | null): this {
    this.cookie = cookie;
    return this;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    return (await response.json()) as GraphqlResult<T>;
  }

  /** Like request, but fails the test with the errors when there are any. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.ok(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password } });
  }
}
