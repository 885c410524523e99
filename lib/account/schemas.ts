import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "../auth/schemas";

const currentPassword = z.string({ message: "Enter your current password." }).min(1, "Enter your current password.").max(200);

export const changeNameSchema = z.object({ name: nameSchema });

export const changePasswordSchema = z.object({ currentPassword, newPassword: newPasswordSchema });

export const changeEmailSchema = z.object({ newEmail: emailSchema, currentPassword });

export const deleteAccountSchema = z.object({
  currentPassword,
  confirm: z.literal("DELETE", { message: "Type DELETE to confirm." }),
});
