import { describe, expect, it } from "vitest";
import { mailsTo } from "@/testing/outbox";
import { dataPath } from "../env";
import { sendMail } from "./send-mail";

describe("the development outbox", () => {
  it("keeps every mail to one person, even several sent in the same millisecond", async () => {
    const to = `same-moment-${Date.now()}@example.com`;
    await Promise.all(Array.from({ length: 8 }, (_, i) => sendMail({ to, subject: `Mail ${i}`, text: `Body ${i}` })));
    const mails = await mailsTo(dataPath("mail"), to);
    expect(mails).toHaveLength(8);
    for (let i = 0; i < 8; i++) expect(mails.some((mail) => mail.includes(`Subject: Mail ${i}`))).toBe(true);
  });

  it("lists mails in the order they were sent", async () => {
    const to = `in-order-${Date.now()}@example.com`;
    for (let i = 0; i < 5; i++) await sendMail({ to, subject: `Step ${i}`, text: "." });
    const subjects = (await mailsTo(dataPath("mail"), to)).map((mail) => mail.match(/Subject: (Step \d)/)?.[1]);
    expect(subjects).toEqual(["Step 0", "Step 1", "Step 2", "Step 3", "Step 4"]);
  });
});
