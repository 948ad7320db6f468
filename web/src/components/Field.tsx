import type { ReactNode } from 'react';
import { useId } from 'react';

/** A labelled control with its hint and the messages about it (the form's own checks, the server's answer), announced to screen readers. */
export function Field({
  label,
  hint,
  errors,
  children,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errorId ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, ...(errorId ? { 'aria-invalid': true } : {}) })}
      {errorId && (
        <p className="field-error" id={errorId} role="alert">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
