// Response headers for every route. Kept beside next.config.js (which imports it) so the policy is one
// readable list. Next renders inline bootstrap scripts and styles, so 'unsafe-inline' stays until the
// store moves to per-request nonces; everything else is closed by default.
const STRIPE_CHECKOUT = "https://checkout.stripe.com";

/**
 * @param {{ development: boolean, https: boolean }} options `development`: `next dev` (React's dev tooling needs
 * eval); `https`: a production build served over https (APP_URL), which alone may pin HSTS and upgrade requests.
 */
export function securityHeaders({ development, https }) {
  const csp = [
    "default-src 'self'",
    // Development adds 'unsafe-eval' for React's dev tooling only; every production build goes without, https or not.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // A checkout form posted without JavaScript is answered with a redirect to Stripe's hosted page.
    `form-action 'self' ${STRIPE_CHECKOUT}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
