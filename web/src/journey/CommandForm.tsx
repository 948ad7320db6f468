import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { Concern } from '../api/types';
import { Checkbox } from '../components/Choice';
import { ErrorNotice } from '../components/ErrorNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { PlacePicker } from '../components/PlacePicker';
import { WELLBEING_DIMENSIONS, WELLBEING_SCALE_MAX, WELLBEING_SCALE_MIN } from '../domain';
import { formatDate, localInputToIso } from '../format';
import { useDraftSubmission } from '../forms/use-draft-submission';
import { commandBody, FieldSpec, FormValues, optionsOf } from './command-forms';
import { fieldProblems } from './field-problems';
import { useServerProblems } from './use-server-problems';

const SCALE = Array.from({ length: WELLBEING_SCALE_MAX - WELLBEING_SCALE_MIN + 1 }, (_, index) => String(WELLBEING_SCALE_MIN + index));

export interface ChoiceOption {
  value: string;
  label: string;
}

/**
 * One action (of a journey or a family) as a form. Each field says what the server would refuse in it
 * once touched, and every field does when the person presses send; nothing is sent while one does.
 * What was typed stays after a refusal or a field error (shown in place), and through a reload or a
 * new sign-in (a draft by page and action); only a successful send empties it and tells the page,
 * which confirms it and reloads. Sending again repeats the same submission (one Idempotency-Key).
 */
export function CommandForm({
  type,
  fields,
  send,
  openConcerns = [],
  choices = {},
  textsAt = 'command',
  onDone,
}: {
  type: string;
  fields: FieldSpec[];
  /** Sends the body to the command's endpoint. */
  send: (body: Record<string, unknown>) => Promise<unknown>;
  openConcerns?: Concern[];
  /** The options of each 'choice' field, by its source. */
  choices?: Record<string, ChoiceOption[]>;
  /** Where the form's title, hint and button text live in the translations. */
  textsAt?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const { values, setValues, error, busy, triedToSend, submit } = useDraftSubmission<FormValues, unknown>(`command.${pathname}.${type}`, () => ({}), {
    hasProblems: (current) => Object.keys(fieldProblems(fields, current, new Date())).length > 0,
    send: (current) => send(commandBody(fields, current, localInputToIso)),
    onSent: () => {
      setTouched(new Set());
      onDone();
    },
  });
  const problems = fieldProblems(fields, values, new Date());
  const server = useServerProblems(error);
  // The form's own problem first (not before the field is touched or a send is tried), then the server's last answer.
  const errorsOf = (name: string) => {
    const problem = problems[name];
    const shown = problem && (triedToSend || touched.has(name)) ? [t(`fieldProblem.${problem.code}`, { min: problem.min, max: problem.max })] : [];
    return [...shown, ...server.errorsOf(name)];
  };
  const touch = (name: string) => setTouched((current) => (current.has(name) ? current : new Set(current).add(name)));
  /** Changing a value touches its field; `touches` names the field where the value is one box of a multi field. */
  const set = (name: string, value: string | boolean, touches = name) => {
    setValues({ ...values, [name]: value });
    touch(touches);
    server.fieldChanged(touches);
  };
  /** A problem's field in words: a measurement's dimension by its own name. */
  const labelOf = (name: string) => (fields.some((field) => field.name === name) ? t(`field.${name}`) : t(`wellbeing.${name.slice(name.lastIndexOf('.') + 1)}`));
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');

  function control(field: FieldSpec) {
    const label = t(`field.${field.name}`);
    const optional = 'optional' in field && field.optional ? ` ${t('common.optional')}` : '';
    switch (field.kind) {
      case 'measurement':
        return (
          <fieldset key={field.name} className="measurement">
            <legend className="form-label">{label}</legend>
            <p className="form-hint">{t('field.measurementHint')}</p>
            {WELLBEING_DIMENSIONS.map((dimension) => (
              <Field key={dimension} label={t(`wellbeing.${dimension}`)} errors={errorsOf(`${field.name}.${dimension}`)} select>
                {(props) => (
                  <select
                    {...props}
                    name={`${field.name}.${dimension}`}
                    value={text(`${field.name}.${dimension}`)}
                    onChange={(e) => set(`${field.name}.${dimension}`, e.target.value)}
                    onBlur={() => touch(`${field.name}.${dimension}`)}
                  >
                    <option value="">{t('common.choose')}</option>
                    {SCALE.map((score) => (
                      <option key={score} value={score}>
                        {score}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
        );
      case 'generatedId':
        return null;
      case 'place':
        return (
          <PlacePicker
            key={field.name}
            label={label}
            name={field.name}
            value={text(field.name)}
            errors={[...errorsOf(field.name), ...server.errorsOf(field.homeAt), ...server.errorsOf(field.districtAt)]}
            onChange={(code) => {
              set(field.name, code);
              server.fieldChanged(field.homeAt);
              server.fieldChanged(field.districtAt);
            }}
            onBlur={() => touch(field.name)}
          />
        );
      case 'multi':
        return (
          <fieldset key={field.name} className={`form-group choice-row${errorsOf(field.name).length > 0 ? ' form-error' : ''}`}>
            <legend className="form-label">{label}</legend>
            {errorsOf(field.name).length > 0 && (
              <span className="form-error-message" role="alert">
                {errorsOf(field.name).join(' ')}
              </span>
            )}
            {optionsOf(field).map((option) => (
              <Checkbox
                key={option}
                name={`${field.name}.${option}`}
                checked={values[`${field.name}.${option}`] === true}
                onChange={(e) => set(`${field.name}.${option}`, e.target.checked, field.name)}
                onBlur={() => touch(field.name)}
                label={t(`option.${field.optionSet}.${option}`)}
              />
            ))}
          </fieldset>
        );
      case 'checkbox':
        return (
          <div key={field.name} className="form-group">
            <Checkbox name={field.name} checked={values[field.name] === true} onChange={(e) => set(field.name, e.target.checked)} label={label} />
          </div>
        );
      case 'select':
      case 'choice':
      case 'openConcern': {
        const options =
          field.kind === 'select'
            ? optionsOf(field).map((value) => ({ value, label: t(`option.${field.optionSet}.${value}`) }))
            : field.kind === 'choice'
              ? (choices[field.source] ?? [])
              : openConcerns.map((concern) => ({ value: concern.concernId, label: t('journey.concernOption', { date: formatDate(concern.raisedAt), description: concern.description }) }));
        return (
          <Field key={field.name} label={label + optional} errors={errorsOf(field.name)} select>
            {(props) => (
              <select {...props} name={field.name} value={text(field.name)} onChange={(e) => set(field.name, e.target.value)} onBlur={() => touch(field.name)}>
                <option value="">{t('common.choose')}</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      }
      case 'textarea':
      case 'adults':
        return (
          <Field key={field.name} label={label + optional} hint={field.kind === 'adults' ? t('field.adultsHint') : undefined} errors={errorsOf(field.name)}>
            {(props) => (
              <textarea {...props} name={field.name} rows={3} value={text(field.name)} onChange={(e) => set(field.name, e.target.value)} onBlur={() => touch(field.name)} />
            )}
          </Field>
        );
      default:
        return (
          <Field key={field.name} label={label + optional} hint={field.kind === 'list' || field.kind === 'ages' ? t('field.listHint') : undefined} errors={errorsOf(field.name)}>
            {(props) => (
              <input
                {...props}
                name={field.name}
                type={field.kind === 'datetime' ? 'datetime-local' : field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
                {...(field.kind === 'number' ? { step: field.wholeNumber ? 1 : 'any', min: field.min, max: field.max } : {})}
                value={text(field.name)}
                onChange={(e) => set(field.name, e.target.value)}
                onBlur={() => touch(field.name)}
              />
            )}
          </Field>
        );
    }
  }

  return (
    <form onSubmit={submit} noValidate data-command={type}>
      <p className="form-hint">{t(`${textsAt}.${type}.hint`, { defaultValue: '' })}</p>
      {triedToSend && (
        <ErrorSummary
          problems={Object.entries(problems).map(([name, problem]) => ({
            name,
            label: labelOf(name),
            message: t(`fieldProblem.${problem.code}`, { min: problem.min, max: problem.max }),
          }))}
        />
      )}
      {fields.map(control)}
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t(`${textsAt}.${type}.submit`, { defaultValue: t(`${textsAt}.${type}.title`) })}
      </button>
    </form>
  );
}
