export { contactSchema, type ContactInput } from "./contact-schema";
export { CONTACT_LIMIT, sendContactMessage, supportAddress, type SendContactMessageResult } from "./send-contact-message";
export { contactRateLimited, contactSentMessage } from "./messages";
