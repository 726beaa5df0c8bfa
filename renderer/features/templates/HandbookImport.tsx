import { errorMessage } from '../../../shared/error-message';
import { useEffect, useId, useState } from 'react';
import { TEXT_LIMITS, tooLongMessage } from '../../../shared/text-limits';
import {
  parseHandbookPage,
  type HandbookImport as ImportResult,
} from '../../../shared/handbook-import/parse-handbook-page';
import { newId, nowInstant } from '../../db/ids';
import { saveImportedTemplateSet } from '../../db/template-repo';
import { openTextFile } from '../../platform/platform';
import { channelLabel } from '../checklist/channel-labels';
import { describeOffset } from './offset-text';

type Props = {
  /** Called with the new set's id once it is saved. */
  onSaved: (setId: string) => void;
  onBack: () => void;
  /** Told whether a page has been pasted or opened and not saved yet. */
  onDirtyChange?: (dirty: boolean) => void;
};

/**
 * Import a handbook page: paste or open the Markdown, see the tiers and items it would become
 * (with the inferred channel, team and timing, and anything odd), then save it as a new set.
 * Nothing is stored before "Save as template set", and nothing at all when the page has no tiers.
 */
export function HandbookImport({ onSaved, onBack, onDirtyChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [name, setName] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = text.trim() !== '';
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const preview = (markdown: string) => {
    const parsed = parseHandbookPage(markdown, { id: newId(), now: nowInstant() });
    setResult(parsed);
    setSaveError(null);
    if (parsed.ok) setName(parsed.set.name);
  };
  const openFile = () => {
    openTextFile([{ name: 'Handbook page', extensions: ['md', 'markdown', 'txt'] }]).then(
      (opened) => {
        if (opened.status !== 'opened') return;
        setText(opened.contents);
        setFileName(opened.name);
        preview(opened.contents);
      },
      (error: unknown) => setSaveError(errorMessage(error, 'The file could not be opened.')),
    );
  };
  const save = () => {
    if (!result?.ok || saving) return;
    const setName = name.trim() || result.set.name;
    // Refused with the reason rather than cut by a maxLength the planner never sees.
    const tooLong = tooLongMessage(setName, TEXT_LIMITS.title);
    if (tooLong) return setSaveError(`The set name is too long. ${tooLong}`);
    setSaving(true);
    saveImportedTemplateSet({ ...result.set, name: setName }).then(
      () => onSaved(result.set.id),
      (error: unknown) => {
        setSaving(false);
        setSaveError(errorMessage(error, 'The template set could not be saved.'));
      },
    );
  };

  return (
    <div className="handbook-import">
      <p className="field__hint">
        A page shaped like the handbook: tier headings such as “### Tier 1: Major features” or “### Major
        announcements”, each followed by a list of items. Channel, team and timing are read from each item’s
        words.
      </p>
      <label htmlFor={`${id}-text`}>Handbook page (Markdown)</label>
      <textarea
        id={`${id}-text`}
        rows={8}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setFileName(null);
          setResult(null);
        }}
      />
      <div className="handbook-import__actions">
        <button type="button" onClick={onBack}>
          Back to templates
        </button>
        <button type="button" onClick={openFile}>
          Open a file…
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={() => preview(text)}
          disabled={text.trim() === ''}
        >
          Preview
        </button>
      </div>
      {fileName ? <p className="field__hint">From {fileName}</p> : null}
      {result && !result.ok ? (
        <p className="handbook-import__error" role="alert">
          Nothing was imported. {result.error}
        </p>
      ) : null}
      {result?.ok ? (
        <section className="handbook-import__preview" aria-label="Import preview">
          <h3>
            Preview: {result.preview.tiers.length} tiers, {result.preview.itemCount} items
          </h3>
          {result.warnings.length > 0 ? (
            <ul className="handbook-import__warnings" aria-label="Warnings">
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : null}
          {result.set.tiers.map((tier) => (
            <details key={tier.key} className="handbook-import__tier" open={result.set.tiers.length <= 3}>
              <summary>
                <span className="handbook-import__tier-name">{tier.name}</span>{' '}
                <span className="field__hint">
                  ({tier.items.length} items, rank {tier.rank})
                </span>
              </summary>
              <ol>
                {tier.items.map((item) => (
                  <li key={item.id}>
                    <span>{item.title}</span>
                    <span className="handbook-import__details">
                      {channelLabel(item.channel)} · {item.team} · {describeOffset(item.offset)}
                    </span>
                  </li>
                ))}
              </ol>
            </details>
          ))}
          <div className="handbook-import__save">
            <label htmlFor={`${id}-name`}>Name of the new set</label>
            <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
            <button type="button" className="button--primary" onClick={save} disabled={saving}>
              Save as template set
            </button>
          </div>
        </section>
      ) : null}
      {saveError ? (
        <p className="handbook-import__error" role="alert">
          {saveError}
        </p>
      ) : null}
    </div>
  );
}
