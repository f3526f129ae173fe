// A level's message as the customer would read it, on sample data, in a chosen language, with the tenant's own
// template edits applied (GET /api/dunning/templates/{key}/{language}/preview).
import { query } from '../../api';
import { ErrorMessage, Loading, useApi } from '../ui';
import type { TemplatePreview as Preview } from '../../types';

export const LANGUAGES = [['en', 'English'], ['nb', 'Norsk bokmål'], ['sv', 'Svenska'], ['bg', 'Български'], ['fil', 'Filipino'], ['te', 'తెలుగు']] as const;

export function TemplatePreview({ templateKey, level, language, onLanguage, onClose }: { templateKey: string; level: number; language: string; onLanguage: (l: string) => void; onClose: () => void }) {
  const textLevel = Math.min(Math.max(level, 1), 4);
  const preview = useApi<Preview>(templateKey ? `/api/dunning/templates/${encodeURIComponent(templateKey)}/${encodeURIComponent(language)}/preview${query({ level: textLevel })}` : null);
  return (
    <section className="card message-preview" aria-labelledby="message-title">
      <div className="page-title">
        <h2 id="message-title">Message of level {level}: {templateKey || 'no template'}</h2>
        <div className="actions">
          <label className="inline">Language{' '}
            <select value={language} onChange={(e) => onLanguage(e.target.value)}>
              {LANGUAGES.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
            </select>
          </label>
          <button type="button" onClick={onClose}>Close</button>
        </div>
      </div>
      {level > 4 && <p className="muted">Levels after the fourth use the fourth level's wording.</p>}
      <ErrorMessage error={preview.error} />
      {preview.loading && !preview.data && <Loading what="the message" />}
      {preview.data && (
        <div data-testid="message-preview" lang={preview.data.language}>
          <p><span className="muted">Subject: </span><strong>{preview.data.subject}</strong></p>
          <pre className="message-text">{preview.data.text}</pre>
        </div>
      )}
    </section>
  );
}
