import type { InputHTMLAttributes, ReactNode } from 'react';
import { useId } from 'react';

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className'> & { label: ReactNode };

/** Det Fælles Designsystem's check box: the box is drawn by the label, so the two are tied by id. */
export function Checkbox({ label, ...input }: ChoiceProps) {
  const id = useId();
  return (
    <div className="form-group-checkbox">
      <input {...input} type="checkbox" id={id} className="form-checkbox" />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/** Det Fælles Designsystem's radio button, drawn the same way. */
export function Radio({ label, ...input }: ChoiceProps) {
  const id = useId();
  return (
    <div className="form-group-radio">
      <input {...input} type="radio" id={id} className="form-radio" />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
