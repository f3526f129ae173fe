// One level of a dunning policy as a form (issue #7 policy editor): trigger, channels, recipients, template,
// fees and interest, side effects, minimum amount per currency and grace. Days are numbers; amounts stay strings.
import type { DunningLevelJson } from '../../types';

const CHANNELS = [['email', 'E-mail'], ['letter', 'Letter'], ['sms', 'SMS'], ['call-task', 'Call task']] as const;
const RECIPIENTS = [['billing', 'Billing'], ['accounts-payable', 'Accounts payable'], ['executive', 'Executive']] as const;
const EFFECTS = [['credit-hold', 'Credit hold'], ['placement-in-house', 'In-house collection'], ['placement-agency', 'Collection agency'], ['legal', 'Legal']] as const;
export const TEMPLATE_KEYS = ['reminder-friendly', 'second-notice', 'final-notice', 'in-collections'];

type Props = {
  level: DunningLevelJson; index: number; count: number; readOnly: boolean;
  onChange: (level: DunningLevelJson) => void; onMove: (by: -1 | 1) => void; onRemove: () => void; onPreview: () => void;
};

const toggle = (list: string[], value: string, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
const days = (text: string) => (text.trim() === '' || !/^-?\d+$/.test(text.trim()) ? 0 : Number(text));

export function LevelEditor({ level, index, count, readOnly, onChange, onMove, onRemove, onPreview }: Props) {
  const n = index + 1;
  const id = (what: string) => `level-${n}-${what}`;
  const set = (patch: Partial<DunningLevelJson>) => onChange({ ...level, ...patch });
  const minimums = Object.entries(level.minimumOverdue);
  const setMinimum = (i: number, currency: string, amount: string) => {
    const next = minimums.map((m, j) => (j === i ? [currency.toUpperCase(), amount] : m));
    set({ minimumOverdue: Object.fromEntries(next) });
  };
  return (
    <fieldset className="card level" disabled={readOnly} aria-labelledby={id('title')}>
      {/* The legend stays enabled in a disabled fieldset, so a viewer can still preview the message. */}
      <legend className="level-head">
        <h3 id={id('title')}>Level {n}</h3>
        <div className="actions">
          <button type="button" onClick={onPreview}>Preview message</button>
          {!readOnly && <>
            <button type="button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move level ${n} up`}>↑</button>
            <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move level ${n} down`}>↓</button>
            <button type="button" onClick={onRemove} disabled={count === 1} aria-label={`Remove level ${n}`}>Remove</button>
          </>}
        </div>
      </legend>
      <div className="form-grid">
        <label htmlFor={id('days')}>Trigger</label>
        <span className="inline-fields">
          <input id={id('days')} type="number" inputMode="numeric" value={level.trigger.days} onChange={(e) => set({ trigger: { ...level.trigger, days: days(e.target.value) } })} className="days" aria-label={`Level ${n} trigger days`} />
          <select value={level.trigger.kind} onChange={(e) => set({ trigger: { ...level.trigger, kind: e.target.value as DunningLevelJson['trigger']['kind'] } })} aria-label={`Level ${n} trigger kind`}>
            <option value="days-past-due">days past due</option>
            <option value="days-since-previous">days after the previous level</option>
          </select>
        </span>
        <span className="label">Channels</span>
        <span className="checks" role="group" aria-label={`Level ${n} channels`}>
          {CHANNELS.map(([value, label]) => <label key={value}><input type="checkbox" checked={level.channels.includes(value)} onChange={(e) => set({ channels: toggle(level.channels, value, e.target.checked) })} /> {label}</label>)}
          <label><input type="checkbox" checked={level.registeredMail} onChange={(e) => set({ registeredMail: e.target.checked })} /> Registered mail</label>
        </span>
        <span className="label">Recipients</span>
        <span className="checks" role="group" aria-label={`Level ${n} recipients`}>
          {RECIPIENTS.map(([value, label]) => <label key={value}><input type="checkbox" checked={level.recipientRoles.includes(value)} onChange={(e) => set({ recipientRoles: toggle(level.recipientRoles, value, e.target.checked) })} /> {label}</label>)}
        </span>
        <label htmlFor={id('template')}>Template</label>
        <span>
          <input id={id('template')} list="template-keys" value={level.templateKey} onChange={(e) => set({ templateKey: e.target.value })} />
        </span>
        <span className="label">Charges</span>
        <span className="checks" role="group" aria-label={`Level ${n} charges`}>
          <label><input type="checkbox" checked={level.addFees} onChange={(e) => set({ addFees: e.target.checked })} /> Add fees</label>
          <label><input type="checkbox" checked={level.addInterest} onChange={(e) => set({ addInterest: e.target.checked })} /> Add interest</label>
        </span>
        <span className="label">Side effects</span>
        <span className="checks" role="group" aria-label={`Level ${n} side effects`}>
          {EFFECTS.map(([value, label]) => <label key={value}><input type="checkbox" checked={level.sideEffects.includes(value)} onChange={(e) => set({ sideEffects: toggle(level.sideEffects, value, e.target.checked) })} /> {label}</label>)}
        </span>
        <span className="label">Minimum amount</span>
        <span className="minimums">
          {minimums.length === 0 && <span className="muted">none </span>}
          {minimums.map(([currency, amount], i) => (
            <span key={i} className="inline-fields">
              <input value={currency} maxLength={3} size={4} onChange={(e) => setMinimum(i, e.target.value, amount)} aria-label={`Level ${n} minimum currency ${i + 1}`} />
              <input value={amount} inputMode="decimal" size={10} onChange={(e) => setMinimum(i, currency, e.target.value)} aria-label={`Level ${n} minimum amount ${i + 1}`} className="num" />
              {!readOnly && <button type="button" onClick={() => set({ minimumOverdue: Object.fromEntries(minimums.filter((_, j) => j !== i)) })} aria-label={`Remove minimum ${currency}`}>×</button>}
            </span>
          ))}
          {!readOnly && <button type="button" className="link" onClick={() => set({ minimumOverdue: { ...level.minimumOverdue, '': '0.00' } })} disabled={'' in level.minimumOverdue}>+ minimum in a currency</button>}
        </span>
        <label htmlFor={id('grace')}>Grace days</label>
        <span><input id={id('grace')} type="number" min={0} className="days" value={level.graceDays} onChange={(e) => set({ graceDays: days(e.target.value) })} /></span>
        <label htmlFor={id('deadline')}>Deadline days</label>
        <span><input id={id('deadline')} type="number" min={1} className="days" value={level.deadlineDays} onChange={(e) => set({ deadlineDays: days(e.target.value) })} /> <span className="muted">from sending to the date printed on it</span></span>
      </div>
    </fieldset>
  );
}
