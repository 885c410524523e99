// The one place mail leaves the store. With SMTP_URL set it goes out through nodemailer's SMTP
// transport; without it every message is written as an .eml file under .data/mail/ (development, tests).
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import nodemailer from "nodemailer";
import { dataPath, env } from "../env";

/**
 * `replyTo`: where a reply goes when it is not the sender (the shopper who wrote through the contact form).
 * `list.unsubscribe`: a link that ends what this mail is part of (a stock alert), sent as List-Unsubscribe
 * so mail programs show their own unsubscribe button.
 */
export type Mail = { to: string; subject: string; text: string; html?: string; replyTo?: string; list?: { unsubscribe: string } };

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    await nodemailer.createTransport(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail({ from: MAIL_FROM, ...mail });
  const dir = dataPath("mail");
  await mkdir(dir, { recursive: true });
  const safeTo = mail.to.replace(/[^a-z0-9@._-]/gi, "_");
  // Sorted by name = sorted by time. The sequence number and random part keep two mails to one person in the same
  // millisecond (two instances, two concurrent restocks) apart; `wx` refuses to overwrite rather than lose one.
  const sequence = String((outboxSequence = (outboxSequence + 1) % 1_000_000)).padStart(6, "0");
  await writeFile(`${dir}/${Date.now()}-${sequence}-${randomBytes(4).toString("hex")}-${safeTo}.eml`, info.message as Buffer, { flag: "wx" });
}

let outboxSequence = 0;
