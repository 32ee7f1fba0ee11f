"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addApprovalCommentAction } from "@/app/(app)/approvals/actions";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, Textarea } from "@/components/ui/field";
import { addApprovalCommentInput } from "@/lib/approvals/schemas";

/** A plain comment on the workflow; what was typed stays when it is refused. */
export function WorkflowCommentForm({ campaignId }: { campaignId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = "approval-comment";

  function send() {
    const parsed = addApprovalCommentInput.safeParse({ campaignId, body });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the comment");
      return;
    }
    setError(null);
    start(async () => {
      const result = await addApprovalCommentAction({ campaignId, body });
      if (!result.ok) {
        setError(result.fieldErrors?.body?.[0] ?? result.error);
        return;
      }
      setBody("");
      router.refresh();
    });
  }

  return (
    <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); send(); }}>
      <Field id={id} label="Add a comment" error={error ?? undefined}>
        <Textarea {...fieldAria(id, error ?? undefined)} rows={3} value={body} maxLength={5000} readOnly={pending} invalid={Boolean(error)}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => { if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) { e.preventDefault(); send(); } }} />
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>{pending ? "Posting…" : "Post comment"}</Button>
    </form>
  );
}
