// One verification result: the plain answer first (stämmer / har ändrats / okänd kontrollkod), then
// where the pages differ, what was signed, the fingerprint large enough to compare by eye, and where it is known.
import type { KindDecision, VerifyResult } from '../../pdf';
import { formatDate, formatTime, useI18n, type MessageKey } from '../i18n';
import { groupsOf } from './fingerprint';
import type { Known } from './useKnown';
import { isKnown } from './useKnown';

export type Verdict = 'match' | 'unknown' | 'altered' | 'not-compared' | 'not-signed' | 'unreadable';

export function verdictOf(r: VerifyResult, known: Known | undefined): Verdict {
  switch (r.status) {
    case 'match':
      return known && isKnown(known) ? 'match' : 'unknown';
    case 'pages-not-compared':
      return 'not-compared';
    default:
      return r.status;
  }
}

/** A decision of another kind: its data, printed kontrollkod and pages' text are checked by its kind. */
function decisionBodyKey(verdict: Verdict): MessageKey | null {
  switch (verdict) {
    case 'match':
      return 'verify.decision.match.body';
    case 'unknown':
      return 'verify.decision.unknown.body';
    case 'not-signed':
      return 'verify.decision.notSigned.body';
    default:
      return null;
  }
}

function bodyKey(r: VerifyResult, verdict: Verdict): MessageKey {
  const decision = r.decision ? decisionBodyKey(verdict) : null;
  if (decision !== null) return decision;
  if (r.decision && verdict === 'altered' && r.reason === 'record-differs') return 'verify.decision.altered.body';
  if (r.decision && verdict === 'altered' && r.reason === 'text-differs') return 'verify.decision.altered.text';
  if (r.source === 'backup') return verdict === 'altered' ? 'verify.backup.altered' : r.entries?.length ? 'verify.backup.match' : 'verify.backup.none';
  switch (verdict) {
    case 'match':
      return 'verify.match.body';
    case 'unknown':
      return 'verify.unknown.body';
    case 'not-compared':
      return 'verify.notCompared.body';
    case 'not-signed':
      return 'verify.notSigned.body';
    case 'altered':
      if (r.reason === 'text-differs') return 'verify.altered.text';
      if (r.reason === 'printed-fingerprint-differs') return 'verify.altered.printed';
      return r.reason === 'previous-broken' ? 'verify.altered.previous' : 'verify.altered.body';
    case 'unreadable':
      if (r.reason === 'redacted-copy') return 'verify.unreadable.redacted';
      if (r.reason === 'newer-version') return 'verify.unreadable.newer';
      return r.reason === 'not-an-assessment' ? 'verify.unreadable.notAssessment' : 'verify.unreadable.noData';
  }
}

const TITLE: Record<Verdict, MessageKey> = {
  match: 'verify.match.title',
  unknown: 'verify.unknown.title',
  altered: 'verify.altered.title',
  'not-compared': 'verify.notCompared.title',
  'not-signed': 'verify.notSigned.title',
  unreadable: 'verify.unreadable.title',
};

const SHOWN = 12;

export function Differences({ result }: { result: VerifyResult }) {
  const { t } = useI18n();
  const list = result.differences ?? [];
  if (list.length === 0) return null;
  const quote = (s: string) => (s === '' ? t('verify.nothing') : s);
  // A decision of another kind was recorded, not signed as an assessment: its words say so.
  const [withField, noField] = result.decision ? (['verify.decision.difference', 'verify.decision.differenceNoField'] as const) : (['verify.difference', 'verify.differenceNoField'] as const);
  return (
    <ul class="verify-differences">
      {list.slice(0, SHOWN).map((d, i) => (
        <li key={i}>
          {t(d.field ? withField : noField, { page: d.page, field: d.field ?? '', found: quote(d.found), expected: quote(d.expected) })}
        </li>
      ))}
      {list.length > SHOWN && <li>{t('verify.moreDifferences', { count: list.length - SHOWN })}</li>}
    </ul>
  );
}

export function Fingerprint({ value }: { value: string }) {
  return (
    <p class="verify-fingerprint" translate={false}>
      {groupsOf(value).map((g, i) => (
        <span key={i}>{g}</span>
      ))}
    </p>
  );
}

export function KnownList({ known }: { known: Known | undefined }) {
  const { t } = useI18n();
  if (!known || !isKnown(known)) return <p class="verify-known verify-known--none">{t('verify.known.none')}</p>;
  return (
    <ul class="verify-known">
      {known.device.map((v) => (
        <li key={`${v.id}-${v.version}`}>{t('verify.known.device', { school: v.schoolName || t('home.list.unnamed'), version: v.version })}</li>
      ))}
      {known.files.map((f) => (
        <li key={f}>{t('verify.known.file', { file: f })}</li>
      ))}
      {known.typed && <li>{t('verify.known.typed')}</li>}
    </ul>
  );
}

export function Headline({ result, file, known }: { result: VerifyResult; file: string; known: Known | undefined }) {
  const { t } = useI18n();
  const verdict = verdictOf(result, known);
  const title = result.source === 'backup' && verdict !== 'altered' && verdict !== 'unreadable' ? t('verify.backup.title', { count: result.entries?.length ?? 0 }) : t(TITLE[verdict]);
  return (
    <div class={`verify-result verify-result--${verdict}`}>
      <h2>{title}</h2>
      <p>{t(bodyKey(result, verdict), { file })}</p>
      {verdict === 'unknown' && <p>{t('verify.unknown.how')}</p>}
      <Differences result={result} />
    </div>
  );
}

/** What a decision of another kind says: its kind, service, outcome, who decided and when. */
function DecisionFacts({ decision: d }: { decision: KindDecision }) {
  const { t, lang } = useI18n();
  return (
    <dl>
      <dt>{t('verify.kind')}</dt>
      <dd>{d.kind[lang]}</dd>
      <dt>{t('verify.service')}</dt>
      <dd>{d.title || t('verify.notNamed')}</dd>
      <dt>{t('verify.outcome')}</dt>
      <dd>{d.outcome[lang]}</dd>
      <dt>{t('verify.decidedBy')}</dt>
      <dd>{d.by || t('verify.notNamed')}</dd>
      {d.on && (
        <>
          <dt>{t('verify.decidedOn')}</dt>
          <dd>{formatDate(d.on, lang)}</dd>
        </>
      )}
    </dl>
  );
}

export function SignedDetails({ result, known }: { result: VerifyResult; known: Known | undefined }) {
  const { t, lang } = useI18n();
  const a = result.assessment;
  const signed = a?.signed ?? null;
  const signedAt = signed?.at ? new Date(signed.at) : null;
  return (
    <div class="verify-details">
      {result.decision && <DecisionFacts decision={result.decision} />}
      {a && (
        <dl>
          <dt>{t('verify.school')}</dt>
          <dd>{a.title || t('home.list.unnamed')}</dd>
          <dt>{t('verify.version')}</dt>
          <dd>{a.version}</dd>
          {signed && (
            <>
              <dt>{t('verify.signedBy')}</dt>
              <dd>{signed.by}</dd>
              <dt>{t('verify.signedAt')}</dt>
              <dd>{signedAt && !Number.isNaN(signedAt.getTime()) ? `${formatDate(signed.at, lang)} ${formatTime(signedAt)}` : signed.date}</dd>
            </>
          )}
        </dl>
      )}
      {result.fingerprint && (
        <>
          <h3>{t('verify.fingerprint')}</h3>
          <Fingerprint value={result.fingerprint} />
          <p class="muted">{t('verify.fingerprint.help')}</p>
          <h3>{t('verify.known')}</h3>
          <KnownList known={known} />
        </>
      )}
      {result.signedFingerprint && result.signedFingerprint !== result.fingerprint && (
        <>
          <h3>{t('verify.signedFingerprint')}</h3>
          <Fingerprint value={result.signedFingerprint} />
        </>
      )}
    </div>
  );
}
