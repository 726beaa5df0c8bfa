import { formatDayForPeople } from '../../../shared/calendar-day';
import { highlightText, matchSnippet, type TextPart } from '../../../shared/search/highlight';
import type { SearchEntry, SearchField, SearchKind } from '../../../shared/search/search-index';

const KIND_LABELS: Record<SearchKind, string> = {
  announcement: 'Announcement',
  maintenance: 'Maintenance',
  checklist: 'Checklist item',
};

const FIELD_LABELS: Record<SearchField, string> = {
  summary: 'Summary',
  notes: 'Notes',
  owner: 'Owner',
  services: 'Services',
  tier: 'Tier',
  channel: 'Channel',
};

/** Matched words are bold and underlined as well as tinted, so the mark never rests on colour alone. */
function Marked({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="search-hit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

type Props = { id: string; entry: SearchEntry; words: string[]; active: boolean; onOpen: () => void };

/** One search result: its kind, title, launch or window (for an item), date, and why it matched. */
export function SearchResultOption({ id, entry, words, active, onOpen }: Props) {
  const snippet = matchSnippet(entry, words);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-option${active ? ' search-option--active' : ''}`}
      // Keeps the focus in the box, so the click opens the result instead of closing the list first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      <span className={`search-option__kind search-option__kind--${entry.kind}`}>
        {KIND_LABELS[entry.kind]}
      </span>
      <span className="search-option__main">
        <span className="search-option__title">
          <Marked parts={highlightText(entry.title, words)} />
        </span>
        {entry.parent ? (
          <span className="search-option__parent">
            {entry.parent.kind === 'announcement' ? 'Launch: ' : 'Window: '}
            {entry.parent.title || 'deleted'}
          </span>
        ) : null}
        {snippet ? (
          <span className="search-option__snippet">
            {FIELD_LABELS[snippet.field]}: <Marked parts={snippet.parts} />
          </span>
        ) : null}
      </span>
      <span className="search-option__date">{formatDayForPeople(entry.day)}</span>
    </li>
  );
}
