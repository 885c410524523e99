import { z } from "zod";

export const ROLES = ["CUSTOMER", "ADMIN", "INVENTORY", "MARKETING", "SUPPORT"] as const;

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES, { message: "Choose a role from the list." }),
});
