import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";
import { AuthCard } from "../auth-card";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false }, alternates: { canonical: "/forgot-password" } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgot your password?" intro="Enter your account's e-mail address and we will send you a link to choose a new password.">
      <ForgotPasswordForm action={forgotPasswordAction} />
    </AuthCard>
  );
}
