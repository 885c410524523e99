// A code's shareable link: opening it shows the visitor's cart, which applies the code by a POST of its own
// (components/cart/apply-code-from-link.tsx), through the same limits and refusals as a typed code.

export function codeLinkPath(code: string): string {
  return `/cart?code=${encodeURIComponent(code)}`;
}
