"use client";

import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { TextAreaField } from "@/components/forms/form-controls";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

/** The contact form; once a message is sent, the confirmation takes its place until the shopper writes again. */
export function ContactForm({ action }: { action: FormAction<undefined> }) {
  const [round, setRound] = useState(0);
  return <ContactFormRound key={round} action={action} onWriteAgain={() => setRound((value) => value + 1)} />;
}

function ContactFormRound({ action, onWriteAgain }: { action: FormAction<undefined>; onWriteAgain: () => void }) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  if (success) {
    return (
      <section aria-labelledby="contact-sent" className="rounded-2xl border border-emerald-200 bg-emerald-50 p-5 sm:p-6">
        <h2 id="contact-sent" className="text-lg font-semibold text-emerald-900">Message sent</h2>
        <p role="status" className="mt-2 text-emerald-900">{success}</p>
        <button type="button" onClick={onWriteAgain} className="mt-4 text-sm font-medium text-emerald-900 underline underline-offset-2">
          Write another message
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="contact-form-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="contact-form-title" className="text-lg font-semibold text-slate-900">Send us a message</h2>
      <form {...formProps} className="mt-4 flex flex-col gap-4">
        <FormAlert message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="name" label="Your name" autoComplete="name" required errors={errors.name} />
          <Field name="email" label="E-mail" type="email" autoComplete="email" required errors={errors.email} />
        </div>
        <Field name="orderNumber" label="Order number (optional)" hint="From your confirmation e-mail, like UC-7K3M9QX2." errors={errors.orderNumber} />
        <TextAreaField name="message" label="Message" rows={6} errors={errors.message} />
        <div>
          <SubmitButton pending={pending}>{pending ? "Sending…" : "Send message"}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
