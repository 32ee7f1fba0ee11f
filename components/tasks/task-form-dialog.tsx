"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Pencil, Plus } from "lucide-react";
import { createTaskAction, updateTaskAction } from "@/app/(app)/tasks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select, Textarea, fieldAria } from "@/components/ui/field";
import { campaignPriorities } from "@/db/schema/values";
import { priorityLabels } from "@/lib/campaigns/labels";
import { emptyTaskForm, taskFieldsFromForm, taskFormErrors, taskFormValues, type TaskFormValues } from "@/lib/tasks/form";
import { createTaskInput, updateTaskInput } from "@/lib/tasks/schemas";
import type { TaskView } from "@/lib/tasks/view";

type Option = { id: string; name: string };
type Errors = ReturnType<typeof taskFormErrors>;

/** Create a task on a campaign, or edit one: a dialog that keeps what was typed when saving fails. */
export function TaskFormDialog({ campaignId, task, milestones, members, triggerLabel }: {
  campaignId: string;
  /** the task to edit; without it the dialog creates one */
  task?: TaskView;
  milestones: Option[];
  members: Option[];
  triggerLabel?: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<TaskFormValues>(task ? taskFormValues(task) : emptyTaskForm);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ text: string; conflict: boolean } | null>(null);
  const [pending, start] = useTransition();
  const editing = task !== undefined;

  function openDialog(next: boolean) {
    if (next) {
      setValues(task ? taskFormValues(task) : emptyTaskForm);
      setErrors({});
      setMessage(null);
    }
    setOpen(next);
  }

  const set = (key: keyof TaskFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const fields = taskFieldsFromForm(values);
    const input = editing ? { id: task.id, version: task.version, ...fields } : { campaignId, ...fields };
    // the same schema as the server: mistakes show before the round trip, and again after it
    const parsed = (editing ? updateTaskInput : createTaskInput).safeParse(input);
    if (!parsed.success) {
      const issues: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (issues[issue.path.join(".") || "_"] ??= []).push(issue.message);
      setErrors(taskFormErrors(issues));
      setMessage({ text: "Please fix the highlighted fields.", conflict: false });
      return;
    }
    start(async () => {
      const result = editing
        ? await updateTaskAction(input as Parameters<typeof updateTaskAction>[0])
        : await createTaskAction(input as Parameters<typeof createTaskAction>[0]);
      if (result.ok) {
        setOpen(false);
        router.refresh();
        return;
      }
      setErrors(taskFormErrors(result.fieldErrors ?? {}));
      setMessage({ text: result.error, conflict: result.kind === "conflict" });
    });
  }

  const text = (key: keyof TaskFormValues, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={`task-${key}`} label={label} error={errors[key]} hint={hint}>
      <Input {...fieldAria(`task-${key}`, errors[key])} value={values[key]} onChange={set(key)} invalid={Boolean(errors[key])} {...props} />
    </Field>
  );

  return (
    <>
      <Button variant={editing ? "secondary" : "primary"} size="sm" onClick={() => openDialog(true)}>
        {editing ? <Pencil className="size-4" aria-hidden /> : <Plus className="size-4" aria-hidden />}
        {triggerLabel ?? (editing ? "Edit" : "New task")}
      </Button>
      <Dialog open={open} onOpenChange={openDialog} title={editing ? `Edit "${task.title}"` : "New task"} wide>
        <form onSubmit={submit} noValidate className="space-y-4">
          {message ? (
            <Alert tone={message.conflict ? "warning" : "error"} title={message.conflict ? "Someone else changed this task" : undefined}>
              {message.text}
              {message.conflict ? (
                <> <button type="button" className="font-medium underline" onClick={() => { setOpen(false); router.refresh(); }}>Close and load the latest version</button></>
              ) : null}
            </Alert>
          ) : null}
          {text("title", "Title", { autoFocus: true, placeholder: "e.g. Write launch email copy" })}
          <Field id="task-description" label="Description" error={errors.description}>
            <Textarea {...fieldAria("task-description", errors.description)} rows={3} value={values.description} onChange={set("description")} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="task-priority" label="Priority" error={errors.priority}>
              <Select {...fieldAria("task-priority", errors.priority)} value={values.priority} onChange={set("priority")}>
                {campaignPriorities.map((p) => <option key={p} value={p}>{priorityLabels[p]}</option>)}
              </Select>
            </Field>
            <Field id="task-assigneeId" label="Assignee" error={errors.assigneeId}>
              <Select {...fieldAria("task-assigneeId", errors.assigneeId)} value={values.assigneeId} onChange={set("assigneeId")} invalid={Boolean(errors.assigneeId)}>
                <option value="">Unassigned</option>
                {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </Select>
            </Field>
            <Field id="task-milestoneId" label="Milestone" error={errors.milestoneId} hint={milestones.length ? undefined : "No timeline yet"}>
              <Select {...fieldAria("task-milestoneId", errors.milestoneId)} value={values.milestoneId} onChange={set("milestoneId")} disabled={!milestones.length && !values.milestoneId}>
                <option value="">No milestone</option>
                {milestones.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </Select>
            </Field>
          </div>
          {text("requiredSkills", "Required skills", { placeholder: "copywriting, design" }, "Comma-separated")}
          <div className="grid gap-4 sm:grid-cols-3">
            {text("estimateHours", "Estimate (hours)", { inputMode: "decimal", placeholder: "e.g. 6" })}
            {text("startDate", "Start date", { type: "date" })}
            {text("dueDate", "Due date", { type: "date" })}
          </div>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" disabled={pending}>{pending ? "Saving…" : editing ? "Save changes" : "Create task"}</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
