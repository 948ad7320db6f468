import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { referChild } from '../api/endpoints';
import { Checkbox } from '../components/Choice';
import { Alert, ErrorNotice } from '../components/ErrorNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { Icon } from '../components/Icon';
import { useDraftSubmission } from '../forms/use-draft-submission';
import { DEFAULT_JOURNEY_POLICY, eligibilityRefusal, REFERRAL_LIMITS } from '../domain';
import type { FieldSpec } from '../journey/command-forms';
import { fieldProblems } from '../journey/field-problems';
import { useServerProblems } from '../journey/use-server-problems';
import { OPTION_SETS } from '../option-sets';

interface ReferralDraft {
  childLabel: string;
  age: string;
  situation: string;
  needs: string;
  interests: string;
  legalBasis: string;
  exclusionCriteriaConfirmedAbsent: boolean;
  caseworkerUnit: string;
}

type TypedField = 'childLabel' | 'age' | 'situation' | 'needs' | 'interests' | 'legalBasis' | 'caseworkerUnit';

const { childLabel, age, situation, needs, interests, caseworkerUnit } = REFERRAL_LIMITS;

/** The referral's fields with the domain's limits, checked as the other forms are (what the server would refuse). */
const REFERRAL_FIELDS: FieldSpec[] = [
  { name: 'childLabel', kind: 'text', maxLength: childLabel.maxLength },
  { name: 'age', kind: 'number', min: age.minimum, max: age.maximum, wholeNumber: true },
  { name: 'situation', kind: 'textarea', maxLength: situation.maxLength },
  { name: 'needs', kind: 'textarea', optional: true, maxLength: needs.maxLength },
  { name: 'interests', kind: 'list', maxItems: interests.maxItems, maxLength: interests.items.maxLength },
  { name: 'legalBasis', kind: 'select', optionSet: 'legalBasis' },
  { name: 'caseworkerUnit', kind: 'text', maxLength: caseworkerUnit.maxLength },
];

const newDraft = (): ReferralDraft => ({
  childLabel: '',
  age: '',
  situation: '',
  needs: '',
  interests: '',
  legalBasis: '',
  exclusionCriteriaConfirmedAbsent: false,
  caseworkerUnit: '',
});

const problemsOf = (draft: ReferralDraft) => fieldProblems(REFERRAL_FIELDS, { ...draft }, new Date());

/** The referral as the API takes it: words trimmed, interests as a list. */
const referralBody = (draft: ReferralDraft) => ({
  childLabel: draft.childLabel.trim(),
  age: draft.age.trim() === '' ? null : Number(draft.age),
  situation: draft.situation.trim(),
  needs: draft.needs.trim(),
  interests: draft.interests
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
  legalBasis: draft.legalBasis,
  exclusionCriteriaConfirmedAbsent: draft.exclusionCriteriaConfirmedAbsent,
  caseworkerUnit: draft.caseworkerUnit.trim(),
});

/** The caseworker's referral, with the programme's eligibility rules said before anything is sent. */
export function ReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // One submission per draft, so a resend after a lost answer does not start a second journey.
  const {
    values: draft,
    setValues,
    error,
    busy,
    triedToSend,
    submit,
  } = useDraftSubmission('referral', newDraft, {
    hasProblems: (current) => Object.keys(problemsOf(current)).length > 0,
    send: (current) => referChild(referralBody(current)),
    onSent: (answer) => navigate(`/journeys/${answer.journeyId}`),
  });
  const server = useServerProblems(error);
  const problems = problemsOf(draft);
  // The form's own problem once the field is touched or a send is tried, then the server's last answer.
  const errorsOf = (name: TypedField) => {
    const problem = problems[name];
    const shown = problem && (triedToSend || touched.has(name)) ? [t(`fieldProblem.${problem.code}`, { min: problem.min, max: problem.max })] : [];
    return [...shown, ...server.errorsOf(name)];
  };
  const touch = (key: TypedField) => setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  const set = <K extends keyof ReferralDraft>(key: K, value: ReferralDraft[K]) => {
    setValues({ ...draft, [key]: value });
    server.fieldChanged(key);
  };
  const type = (key: TypedField, value: string) => {
    set(key, value);
    touch(key);
  };
  // The domain's own eligibility rule, checked as the caseworker types (the server judges again on submit).
  // Only once age and legal basis are filled in, so an empty form does not start with a warning.
  const eligibility =
    draft.age.trim() !== '' && draft.legalBasis !== ''
      ? eligibilityRefusal(
          {
            age: Number(draft.age),
            legalBasis: draft.legalBasis,
            exclusionCriteriaConfirmedAbsent: draft.exclusionCriteriaConfirmedAbsent,
            situation: draft.situation,
            needs: draft.needs,
            interests: [],
            caseworkerUnit: draft.caseworkerUnit,
          },
          DEFAULT_JOURNEY_POLICY,
        )
      : null;

  const text = (key: 'childLabel' | 'situation' | 'needs' | 'interests' | 'caseworkerUnit', multiline = false, hint?: string) => (
    <Field label={t(`referral.${key}`)} hint={hint} errors={errorsOf(key)}>
      {(props) =>
        multiline ? (
          <textarea {...props} name={key} rows={4} value={draft[key]} onChange={(e) => type(key, e.target.value)} onBlur={() => touch(key)} />
        ) : (
          <input {...props} name={key} value={draft[key]} onChange={(e) => type(key, e.target.value)} onBlur={() => touch(key)} />
        )
      }
    </Field>
  );

  return (
    <div className="narrow">
      <h1>{t('referral.title')}</h1>
      <section className="alert alert-info" aria-labelledby="eligibility-heading">
        <Icon name="info" className="alert-icon" />
        <div className="alert-body">
          <h2 id="eligibility-heading" className="alert-heading">
            {t('referral.eligibilityTitle')}
          </h2>
          <ul className="alert-text">
            <li>{t('referral.ruleAge', { min: DEFAULT_JOURNEY_POLICY.childAgeMin, max: DEFAULT_JOURNEY_POLICY.childAgeMax })}</li>
            <li>{t('referral.ruleLegalBasis')}</li>
            <li>{t('referral.ruleExclusions')}</li>
            <li>{t('referral.ruleConsent')}</li>
          </ul>
        </div>
      </section>
      <form onSubmit={submit} noValidate>
        {triedToSend && (
          <ErrorSummary
            problems={Object.entries(problems).map(([name, problem]) => ({
              name,
              label: t(`referral.${name}`),
              message: t(`fieldProblem.${problem.code}`, { min: problem.min, max: problem.max }),
            }))}
          />
        )}
        {text('childLabel', false, t('referral.childLabelHint'))}
        <Field label={t('referral.age')} errors={errorsOf('age')}>
          {(props) => (
            <input
              {...props}
              name="age"
              type="number"
              inputMode="numeric"
              min={age.minimum}
              max={age.maximum}
              value={draft.age}
              onChange={(e) => type('age', e.target.value)}
              onBlur={() => touch('age')}
            />
          )}
        </Field>
        {text('situation', true)}
        {text('needs', true)}
        {text('interests', false, t('field.listHint'))}
        <Field label={t('referral.legalBasis')} errors={errorsOf('legalBasis')} select>
          {(props) => (
            <select {...props} name="legalBasis" value={draft.legalBasis} onChange={(e) => type('legalBasis', e.target.value)} onBlur={() => touch('legalBasis')}>
              <option value="">{t('common.choose')}</option>
              {OPTION_SETS.legalBasis.map((basis) => (
                <option key={basis} value={basis}>
                  {t(`option.legalBasis.${basis}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Checkbox
          name="exclusionCriteriaConfirmedAbsent"
          checked={draft.exclusionCriteriaConfirmedAbsent}
          onChange={(e) => set('exclusionCriteriaConfirmedAbsent', e.target.checked)}
          label={t('referral.exclusionConfirmed')}
        />
        {text('caseworkerUnit')}
        {eligibility && (
          <Alert variant="warning" polite testId="eligibility-warning">
            <p>{t(`refusal.${eligibility.code}`, { defaultValue: eligibility.message })}</p>
          </Alert>
        )}
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('referral.submit')}
        </button>
      </form>
    </div>
  );
}
