// The development outbox: without SMTP_URL each mail is an .eml file under <DATA_DIR>/mail, named
// <time>-<sequence>-<random>-<recipient>.eml. Tests read links from it as the recipient would.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The messages sent to this address, oldest first, with quoted-printable line breaks and escapes undone. */
export async function mailsTo(mailDir: string, email: string): Promise<string[]> {
  const names = (await readdir(mailDir).catch(() => [] as string[])).filter((name) => name.endsWith(`-${email}.eml`)).sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(mailDir, name), "utf8")));
  return texts.map((text) => text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** The newest link to this path (e.g. "/reset-password", "/reviews/new") in the mails to this address, or null. */
export async function latestLink(mailDir: string, email: string, linkPath: string): Promise<string | null> {
  const mails = await mailsTo(mailDir, email);
  for (const mail of mails.reverse()) {
    // Signed-id tokens (lib/signing) join their parts with dots; a dot that ends a sentence is not taken.
    const match = mail.match(new RegExp(`https?://[^\\s"<>]+${linkPath.replace(/[/]/g, "\\/")}\\?token=[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*`));
    if (match) return match[0];
  }
  return null;
}
