"use client";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

/** One button that moves a return on (Approve, Mark received); `label` is the button and the form's name. */
export function ReturnStepForm({ action, returnId, label, pendingLabel }: { action: FormAction; returnId: string; label: string; pendingLabel: string }) {
  const { formProps, pending, formError } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-2" aria-label={label}>
      <FormAlert message={formError} />
      <input type="hidden" name="returnId" value={returnId} />
      <div>
        <SubmitButton pending={pending}>{pending ? pendingLabel : label}</SubmitButton>
      </div>
    </form>
  );
}

/** Declining needs a reason: the customer reads it in the e-mail and on their order page. */
export function DeclineReturnForm({ action, returnId }: { action: FormAction; returnId: string }) {
  const { formProps, pending, formError, fieldErrors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-2" aria-label="Decline">
      <FormAlert message={formError} />
      <input type="hidden" name="returnId" value={returnId} />
      <Field id={`decline-reason-${returnId}`} name="reason" label="Reason for declining" hint="The customer reads this." errors={fieldErrors.reason} required />
      <div>
        <SubmitButton pending={pending}>{pending ? "Declining…" : "Decline"}</SubmitButton>
      </div>
    </form>
  );
}
