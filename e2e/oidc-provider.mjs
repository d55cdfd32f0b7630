// A real OpenID Connect provider for the sign-in spec (the certified `oidc-provider` package),
// with its built-in development login screen: any login name signs in as that person.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 3199);
const appUrl = process.env.APP_URL ?? 'http://localhost:3100';

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? 'hindsight-e2e',
      client_secret: process.env.OIDC_CLIENT_SECRET ?? 'e2e-client-secret-0123456789abcdef',
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  cookies: { keys: ['e2e-cookie-key-not-secret'] },
  // Put the requested profile claims into the ID token, as most company identity providers do.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: `${id}@sso.example`, email_verified: true, name: `SSO ${id}` };
      },
    };
  },
});

provider.listen(port, () => console.log(`OIDC provider on http://localhost:${port}`));
