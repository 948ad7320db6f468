import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { referChild } from '../api/endpoints';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { DEFAULT_JOURNEY_POLICY, eligibilityRefusal, REFERRAL_LIMITS } from '../domain';
import type { FieldSpec } from '../journey/command-forms';
import { fieldProblems } from '../journey/field-problems';
import { useServerProblems } from '../journey/use-server-problems';
import { OPTION_SETS } from '../option-sets';
import { useDraft } from '../hooks';

interface ReferralDraft {
  childLabel: string;
  age: string;
  situation: string;
  needs: string;
  interests: string;
  legalBasis: string;
  exclusionCriteriaConfirmedAbsent: boolean;
  caseworkerUnit: string;
  /** One key per draft, so a resend after a lost answer does not start a second journey. */
  idempotencyKey: string;
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
  idempotencyKey: crypto.randomUUID(),
});

/** The caseworker's referral, with the programme's eligibility rules said before anything is sent. */
export function ReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft, clearDraft] = useDraft<ReferralDraft>('referral', newDraft());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [triedToSend, setTriedToSend] = useState(false);
  const server = useServerProblems(error);
  const problems = fieldProblems(REFERRAL_FIELDS, Object.fromEntries(Object.entries(draft)), new Date());
  // The form's own problem once the field is touched or a send is tried, then the server's last answer.
  const errorsOf = (name: TypedField) => {
    const problem = problems[name];
    const shown = problem && (triedToSend || touched.has(name)) ? [t(`fieldProblem.${problem.code}`, { min: problem.min, max: problem.max })] : [];
    return [...shown, ...server.errorsOf(name)];
  };
  const touch = (key: TypedField) => setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  const set = <K extends keyof ReferralDraft>(key: K, value: ReferralDraft[K]) => {
    setDraft({ ...draft, [key]: value });
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTriedToSend(true);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const answer = await referChild(
        {
          childLabel: draft.childLabel.trim(),
          age: draft.age.trim() === '' ? null : Number(draft.age),
          situation: draft.situation.trim(),
          needs: draft.needs.trim(),
          interests: draft.interests.split(',').map((item) => item.trim()).filter(Boolean),
          legalBasis: draft.legalBasis,
          exclusionCriteriaConfirmedAbsent: draft.exclusionCriteriaConfirmedAbsent,
          caseworkerUnit: draft.caseworkerUnit.trim(),
        },
        draft.idempotencyKey,
      );
      clearDraft();
      sessionStorage.removeItem('venskab.draft.referral');
      navigate(`/journeys/${answer.journeyId}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

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
      <section className="notice" aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">{t('referral.eligibilityTitle')}</h2>
        <ul>
          <li>{t('referral.ruleAge', { min: DEFAULT_JOURNEY_POLICY.childAgeMin, max: DEFAULT_JOURNEY_POLICY.childAgeMax })}</li>
          <li>{t('referral.ruleLegalBasis')}</li>
          <li>{t('referral.ruleExclusions')}</li>
          <li>{t('referral.ruleConsent')}</li>
        </ul>
      </section>
      <form onSubmit={submit} noValidate>
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
        <Field label={t('referral.legalBasis')} errors={errorsOf('legalBasis')}>
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
        <div className="field checkbox">
          <label>
            <input
              type="checkbox"
              name="exclusionCriteriaConfirmedAbsent"
              checked={draft.exclusionCriteriaConfirmedAbsent}
              onChange={(e) => set('exclusionCriteriaConfirmedAbsent', e.target.checked)}
            />{' '}
            {t('referral.exclusionConfirmed')}
          </label>
        </div>
        {text('caseworkerUnit')}
        {eligibility && (
          <p className="field-hint eligibility-warning" role="status" data-testid="eligibility-warning">
            {t(`refusal.${eligibility.code}`, { defaultValue: eligibility.message })}
          </p>
        )}
        <ErrorNotice error={error} />
        <button type="submit" disabled={busy}>
          {t('referral.submit')}
        </button>
      </form>
    </div>
  );
}
