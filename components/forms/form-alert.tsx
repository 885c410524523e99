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
