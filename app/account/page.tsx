import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AccountForm } from "@/components/account/account-form";
import { SignOutButton } from "@/components/account/sign-out-button";
import { getAccountProfile } from "@/lib/account/get-account-profile";
import { isStaff, requireUser } from "@/lib/auth";
import { resendConfirmationAction, signOutEverywhereAction } from "./actions";

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
      <div className="mt-8 flex flex-col gap-6">
        <AccountForm
          title="Sign out everywhere"
          intro="Ends every session of this account, on every device and browser, this one included."
          action={signOutEverywhereAction}
          submitLabel="Sign out everywhere"
          then="sign-out"
        />
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
