import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AccountForm } from "@/components/account/account-form";
import { SignOutButton } from "@/components/account/sign-out-button";
import { getAccountProfile } from "@/lib/account/get-account-profile";
import { isStaff, requireUser } from "@/lib/auth";
import {
  changeEmailAction,
  changeNameAction,
  changePasswordAction,
  deleteAccountAction,
  resendConfirmationAction,
  signOutEverywhereAction,
} from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const ROLE_LABEL = { CUSTOMER: "Customer", ADMIN: "Administrator", INVENTORY: "Inventory", MARKETING: "Marketing", SUPPORT: "Support" };

async function Profile() {
  const user = await requireUser("/account");
  const profile = await getAccountProfile(user.id);
  return (
    <>
      {profile && !profile.emailVerified ? (
        <div className="mt-6" role="status">
          <AccountForm
            title="Confirm your e-mail"
            intro={`We sent a confirmation link to ${profile.email}. You can shop meanwhile; until you follow the link, your e-mail address is not confirmed.`}
            action={resendConfirmationAction}
            submitLabel="Send the link again"
          />
        </div>
      ) : null}
      <dl className="mt-6 divide-y divide-slate-200 rounded-2xl border border-slate-200 text-sm">
        <div className="grid grid-cols-3 gap-4 px-4 py-3">
          <dt className="font-medium text-slate-900">Name</dt>
          <dd className="col-span-2 text-slate-700">{user.name ?? "Not set"}</dd>
        </div>
        <div className="grid grid-cols-3 gap-4 px-4 py-3">
          <dt className="font-medium text-slate-900">E-mail</dt>
          <dd className="col-span-2 break-all text-slate-700">{user.email}</dd>
        </div>
        <div className="grid grid-cols-3 gap-4 px-4 py-3">
          <dt className="font-medium text-slate-900">Account type</dt>
          <dd className="col-span-2 text-slate-700">{ROLE_LABEL[user.role]}</dd>
        </div>
      </dl>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Link href="/account/orders" className="rounded-lg border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          Your orders
        </Link>
        {isStaff(user.role) ? (
          <Link href="/admin" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Open the back office
          </Link>
        ) : null}
        <SignOutButton />
      </div>
      <div className="mt-10 flex flex-col gap-6">
        <h2 className="text-xl font-bold text-slate-900">Account settings</h2>
        {profile?.pendingEmail ? (
          <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Waiting for confirmation: your e-mail becomes {profile.pendingEmail} when you follow the link we sent there.
          </p>
        ) : null}
        <AccountForm
          title="Your name"
          action={changeNameAction}
          fields={[{ name: "name", label: "Name", autoComplete: "name", defaultValue: user.name ?? "" }]}
          submitLabel="Save name"
        />
        <AccountForm
          title="Change your password"
          intro="This ends every other session of your account; this one stays signed in."
          action={changePasswordAction}
          fields={[
            { id: "password-current", name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
            {
              name: "newPassword",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              hint: "At least 10 characters, with a letter and a number.",
            },
          ]}
          submitLabel="Change password"
        />
        <AccountForm
          title="Change your e-mail"
          intro="We send a confirmation link to the new address; your e-mail changes when you follow it. We also tell your current address."
          action={changeEmailAction}
          fields={[
            { name: "newEmail", label: "New e-mail", type: "email", autoComplete: "email" },
            { id: "email-current-password", name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
          ]}
          submitLabel="Send confirmation link"
        />
        <AccountForm
          title="Sign out everywhere"
          intro="Ends every session of this account, on every device and browser, this one included."
          action={signOutEverywhereAction}
          submitLabel="Sign out everywhere"
          then="sign-out"
        />
        {user.role === "CUSTOMER" ? (
          <AccountForm
            title="Delete this account"
            intro="Your sign-in, cart and personal details are removed. Orders are kept for our accounts, without your name, e-mail or address. This cannot be undone."
            action={deleteAccountAction}
            fields={[
              { id: "delete-current-password", name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
              { name: "confirm", label: "Type DELETE to confirm" },
            ]}
            submitLabel="Delete my account"
            then="sign-out"
            signOutTo="/"
          />
        ) : null}
      </div>
    </>
  );
}

export default function AccountPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Your account</h1>
      <Suspense fallback={<div className="mt-6 h-40 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <Profile />
      </Suspense>
    </div>
  );
}
