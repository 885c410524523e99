/** A visible, announced message above a form. */
export function FormAlert({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  if (!message) return null;
  const style = tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-800";
  return (
    <p role="alert" className={`rounded-lg border px-3 py-2 text-sm ${style}`}>
      {message}
    </p>
  );
}

/** A form's outcome: the refusal, or the success message. */
export function FormMessages({ formError, success }: { formError: string | null; success: string | null }) {
  return (
    <>
      <FormAlert message={formError} />
      <FormAlert tone="success" message={success} />
    </>
  );
}
