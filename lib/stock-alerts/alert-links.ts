// The absolute links a stock-alert e-mail carries.
import { authSecret } from "../auth/secret";
import { env } from "../env";
import { unsubscribeToken } from "./alert-tokens";

export const CONFIRM_PATH = "/stock-alerts/confirm";
export const UNSUBSCRIBE_PATH = "/stock-alerts/unsubscribe";

const absolute = (path: string) => new URL(path, env().APP_URL).toString();

export const confirmLink = (token: string) => absolute(`${CONFIRM_PATH}?token=${token}`);

export const unsubscribeLink = (alertId: string) => absolute(`${UNSUBSCRIBE_PATH}?alert=${encodeURIComponent(unsubscribeToken(alertId, authSecret()))}`);

export const productLink = (slug: string) => absolute(`/products/${slug}`);
