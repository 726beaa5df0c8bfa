import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { plural } from '../../../shared/plural';
import { shortenForMessage } from '../../../shared/text-limits';
import type { SearchEntry } from '../../../shared/search/search-index';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import type { PlanData } from '../../db/usePlanData';
import { openSearchResult } from './open-search-result';
import { SearchResultOption } from './SearchResultOption';
import { useSearchResults } from './useSearchResults';
import { useSearchShortcut } from './useSearchShortcut';
import { markKeysReady } from '../keyboard/early-keys';
import './search.css';

/**
 * The toolbar's search box (ARIA combobox with a listbox popup): type words to find
 * announcements, windows and checklist items; arrows move through the results, Enter opens one,
 * Escape closes the list and clears the box. Ctrl+K or / puts the keyboard here. Memoised: a
 * render of the window that changes neither the plan nor the minute leaves it alone (React writes
 * an input's name and type again on each render of it, DOM changes a drop would wait on, issue 13).
 */
export const SearchBox = memo(function SearchBox({ plan, now }: { plan: PlanData; now: Date }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const today = instantToDay(instantOf(now), plan.settings.timeZone);
  const results = useSearchResults(plan, query, today);
  useSearchShortcut(input);
  // After the shortcut's own listener: the Ctrl+K or / pressed while this box loaded comes now.
  useEffect(() => markKeysReady('search'), []);

  const hits = results.hits;
  const showing = open && results.words.length > 0;
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const current = showing && hits.length > 0 ? Math.min(active, hits.length - 1) : -1;

  const close = () => {
    setOpen(false);
    setActive(0);
  };
  const choose = (entry: SearchEntry) => {
    close();
    openSearchResult(entry);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!showing) return setOpen(true);
        if (hits.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + hits.length) % hits.length);
        return;
      }
      case 'Home':
      case 'End':
        if (!showing || hits.length === 0) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : hits.length - 1);
        return;
      case 'Enter': {
        const entry = hits[current];
        if (!entry) return;
        event.preventDefault();
        choose(entry);
        return;
      }
      case 'Escape':
        if (query === '' && !open) return;
        event.preventDefault();
        setQuery('');
        close();
        return;
    }
  };

  const summary =
    hits.length === 0
      ? `No results for “${shortenForMessage(query.trim())}”`
      : results.total > hits.length
        ? `Showing the first ${hits.length} of ${results.total} results`
        : plural(results.total, 'result');

  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        className="search-box__input"
        role="combobox"
        aria-label="Search"
        aria-keyshortcuts="Control+K /"
        aria-autocomplete="list"
        aria-expanded={showing && hits.length > 0}
        aria-controls={showing && hits.length > 0 ? listId : undefined}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Search  (Ctrl+K)"
        autoComplete="off"
        maxLength={200}
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {showing ? (
        <div className="search-box__popup">
          {hits.length > 0 ? (
            <ul id={listId} role="listbox" aria-label="Search results" className="search-box__list">
              {hits.map((entry, index) => (
                <SearchResultOption
                  key={`${entry.kind}:${entry.id}`}
                  id={optionId(index)}
                  entry={entry}
                  words={results.words}
                  active={index === current}
                  onOpen={() => choose(entry)}
                />
              ))}
            </ul>
          ) : null}
          <p className="search-box__summary" role="status">
            {summary}
          </p>
        </div>
      ) : null}
    </div>
  );
});
