import type { ReactNode } from 'react';
import { useId } from 'react';

/**
 * A labelled control with its hint and the messages about it (the form's own checks, the server's
 * answer), announced to screen readers: Det Fælles Designsystem's form group, the message above the
 * control as the design system places it. `select` gives the control the list's look.
 */
export function Field({
  label,
  hint,
  errors,
  select = false,
  children,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  select?: boolean;
  children: (props: { id: string; className: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${errorId ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {errorId && (
        <span className="form-error-message" id={errorId} role="alert">
          {errors!.join(' ')}
        </span>
      )}
      {children({ id, className: select ? 'form-select' : 'form-input', 'aria-describedby': describedBy, ...(errorId ? { 'aria-invalid': true } : {}) })}
    </div>
  );
}
