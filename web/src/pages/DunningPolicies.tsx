// The dunning policy editor (issue #7): the tenant's policies (GET /api/dunning/policies), one policy's levels as
// forms, a live dry-run preview of the edited policy and each level's message, and saving
// (PUT /api/dunning/policies/{name}). The server validates the whole ladder and names every problem.
import { useEffect, useState } from 'react';
import { put } from '../api';
import { LevelEditor, TEMPLATE_KEYS } from '../components/dunning/LevelEditor';
import { PolicyPreview } from '../components/dunning/PolicyPreview';
import { TemplatePreview } from '../components/dunning/TemplatePreview';
import { Empty, ErrorMessage, Loading, PageTitle, useApi } from '../components/ui';
import { todayIn } from '../format';
import { Link } from '../router';
import type { DunningLevelJson, DunningPolicy, Tenant } from '../types';

type Draft = { name: string; isDefault: boolean; levels: DunningLevelJson[]; original: string };

const NEW_LEVEL: DunningLevelJson = {
  trigger: { kind: 'days-since-previous', days: 14 }, channels: ['email'], registeredMail: false, recipientRoles: ['billing'], templateKey: 'final-notice',
  addFees: false, addInterest: false, sideEffects: [], minimumOverdue: {}, graceDays: 0, deadlineDays: 10,
};

const draftOf = (p: DunningPolicy): Draft => ({ name: p.name, isDefault: p.isDefault, levels: structuredClone(p.levels), original: JSON.stringify({ d: p.isDefault, l: p.levels }) });

export function DunningPolicies({ tenant, canChange }: { tenant: Tenant; canChange: boolean }) {
  const list = useApi<{ policies: DunningPolicy[] }>('/api/dunning/policies');
  const [draft, setDraft] = useState<Draft>();
  const [asOf, setAsOf] = useState(() => todayIn(tenant.timezone));
  const [previewing, setPreviewing] = useState<number>();
  const [language, setLanguage] = useState(tenant.language);
  const [saveError, setSaveError] = useState<unknown>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const policies = list.data?.policies ?? [];

  useEffect(() => {
    if (!draft && policies.length > 0) {
      const start = policies.find((p) => p.isDefault) ?? policies[0];
      if (start) setDraft(draftOf(start));
    }
  }, [draft, policies]);

  const choose = (name: string) => {
    const p = policies.find((x) => x.name === name);
    if (p) { setDraft(draftOf(p)); setPreviewing(undefined); setSaved(undefined); setSaveError(undefined); }
  };
  const setLevels = (levels: DunningLevelJson[]) => draft && setDraft({ ...draft, levels });
  const changed = draft ? JSON.stringify({ d: draft.isDefault, l: draft.levels }) !== draft.original : false;

  const save = async () => {
    if (!draft) return;
    setBusy(true); setSaveError(undefined); setSaved(undefined);
    try {
      const answer = await put<{ policies: DunningPolicy[] }>(`/api/dunning/policies/${encodeURIComponent(draft.name)}`, { isDefault: draft.isDefault, levels: draft.levels });
      const stored = answer.policies.find((p) => p.name === draft.name && !p.builtIn);
      if (stored) setDraft(draftOf(stored));
      setSaved(draft.name);
      list.reload();
    } catch (e) {
      setSaveError(e);
    } finally {
      setBusy(false);
    }
  };

  const [newName, setNewName] = useState<string>();
  const copyAs = () => {
    if (!draft || !newName?.trim()) return;
    setDraft({ ...draft, name: newName.trim(), isDefault: false, original: '' });
    setNewName(undefined);
  };

  const level = previewing !== undefined ? draft?.levels[previewing] : undefined;
  return (
    <>
      <PageTitle actions={<Link to="/dunning/run" className="button">Run preview and approval →</Link>}>Dunning policies</PageTitle>
      <datalist id="template-keys">{TEMPLATE_KEYS.map((k) => <option key={k} value={k} />)}</datalist>
      <ErrorMessage error={list.error} />
      {list.loading && !list.data && <Loading what="the policies" />}
      {list.data && policies.length === 0 && <Empty>No policies.</Empty>}
      {draft && (
        <>
          <div className="toolbar">
            <label className="inline">Policy{' '}
              <select value={policies.some((p) => p.name === draft.name) ? draft.name : ''} onChange={(e) => choose(e.target.value)} aria-label="Policy">
                {!policies.some((p) => p.name === draft.name) && <option value="">{draft.name} (new)</option>}
                {policies.map((p) => <option key={`${p.name}-${p.builtIn}`} value={p.name}>{p.name}{p.builtIn ? ' (built-in)' : ''}{p.isDefault ? ' · default' : ''}</option>)}
              </select>
            </label>
            <label className="inline"><input type="checkbox" checked={draft.isDefault} disabled={!canChange} onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })} /> Default for customers without their own policy</label>
            {canChange && (
              <span className="actions">
                {newName === undefined ? <button type="button" onClick={() => setNewName(`${draft.name}-copy`)}>Copy as new…</button> : (
                  <span className="inline-fields">
                    <input value={newName} onChange={(e) => setNewName(e.target.value)} aria-label="Name of the new policy" size={14} />
                    <button type="button" onClick={copyAs} disabled={!newName.trim()}>Copy</button>
                    <button type="button" onClick={() => setNewName(undefined)}>Cancel</button>
                  </span>
                )}
                <button type="button" className="primary" onClick={() => void save()} disabled={busy || (!changed && draft.original !== '')}>{busy ? 'Saving…' : `Save “${draft.name}”`}</button>
              </span>
            )}
          </div>
          {policies.find((p) => p.name === draft.name)?.builtIn && <p className="muted">This is the built-in ladder; saving stores it as this tenant's own “{draft.name}” policy.</p>}
          <ErrorMessage error={saveError} />
          {saved && <p className="saved" role="status">Saved “{saved}”.</p>}
          <div className="editor">
            <div className="levels">
              {draft.levels.map((l, i) => (
                <LevelEditor key={i} level={l} index={i} count={draft.levels.length} readOnly={!canChange}
                  onChange={(next) => setLevels(draft.levels.map((x, j) => (j === i ? next : x)))}
                  onMove={(by) => { const next = [...draft.levels]; const [moved] = next.splice(i, 1); if (moved) next.splice(i + by, 0, moved); setLevels(next); }}
                  onRemove={() => setLevels(draft.levels.filter((_, j) => j !== i))}
                  onPreview={() => setPreviewing(i)} />
              ))}
              {canChange && <button type="button" onClick={() => setLevels([...draft.levels, structuredClone(NEW_LEVEL)])}>+ Add a level</button>}
            </div>
            <div className="side">
              {level && previewing !== undefined && <TemplatePreview templateKey={level.templateKey} level={previewing + 1} language={language} onLanguage={setLanguage} onClose={() => setPreviewing(undefined)} />}
              {canChange ? <PolicyPreview name={draft.name} isDefault={draft.isDefault} levels={draft.levels} asOf={asOf} onAsOf={setAsOf} />
                : <p className="muted">A viewer cannot run the dry-run preview.</p>}
            </div>
          </div>
        </>
      )}
    </>
  );
}
