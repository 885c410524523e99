import { z } from "zod";

export const emailSchema = z
  .string({ message: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email({ message: "Enter a valid e-mail address, like name@example.com." }));

export const PASSWORD_MIN = 10;

export const newPasswordSchema = z
  .string({ message: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine((value) => /[a-z]/i.test(value) && /[0-9]/.test(value), "Use at least one letter and one number.")
  .refine((value) => new Set(value).size >= 5, "Use a less repetitive password.");

export const PASSWORD_CONTAINS_EMAIL = "Your password must not contain your e-mail address.";

/** The part of the policy that needs the account's e-mail (known only after a reset link is looked up). */
export function passwordContainsEmail(password: string, email: string): boolean {
  return password.toLowerCase().includes(email.split("@")[0]);
}

export const nameSchema = z.string().trim().max(100, "Use at most 100 characters.");

export const signUpSchema = z
  .object({
    name: nameSchema.optional().transform((v) => v || undefined),
    email: emailSchema,
    password: newPasswordSchema,
  })
  .refine((data) => !passwordContainsEmail(data.password, data.email), { path: ["password"], message: PASSWORD_CONTAINS_EMAIL });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** The token comes from the link (a hidden field); the new password follows the sign-up policy. */
export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  password: newPasswordSchema,
});
