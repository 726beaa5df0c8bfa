import { errorMessage } from '../../shared/error-message';
import { useId, useState, type KeyboardEvent } from 'react';
import { findPersonByName, normalisePersonName, personNameKey } from '../../shared/people/names';
import type { Person } from '../../shared/types';
import { createPerson } from '../db/people-repo';
import { usePeople } from '../db/usePeople';
// The form styles first: the picker's own rules override theirs.
import './form.css';
import './person-picker.css';

type Option = { kind: 'person'; person: Person } | { kind: 'create'; name: string };

const MAX_SHOWN = 50;

/**
 * An owner or assignee field: a combobox (WAI-ARIA combobox pattern with a listbox popup) that
 * offers active people as the planner types, matching names without regard to case or spacing.
 * A name nobody has is offered as “Create ‘Dana’?” and becomes a person only when that option is
 * chosen, so a typo never quietly adds someone. Arrow keys move, Enter chooses, Escape reverts;
 * leaving the field keeps an exact match, clears to nobody when empty, and otherwise puts back
 * what was chosen before. `label` names the field; inside a Field (which passes `id` and has its
 * own <label>) it only names the popup list.
 */
export function PersonPicker(props: {
  value: string | null;
  onChange: (personId: string | null) => void;
  label: string;
  id?: string;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** For a field inside a roving-tabindex list (the Work view's rows). */
  tabIndex?: number;
}) {
  const { value, onChange, label, className } = props;
  const people = usePeople();
  const ownId = useId();
  const inputId = props.id ?? `${ownId}-input`;
  const listId = `${ownId}-list`;
  const problemId = `${ownId}-problem`;
  const chosen = people.find((person) => person.id === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = text ?? chosen?.name ?? '';

  const key = personNameKey(shown);
  const options: Option[] = people
    .filter((person) => person.active && (key === '' || person.nameKey.includes(key)))
    .slice(0, MAX_SHOWN)
    .map((person) => ({ kind: 'person', person }));
  const typed = normalisePersonName(shown);
  if (typed !== '' && !findPersonByName(people, typed)) options.push({ kind: 'create', name: typed });

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (option: Option) => {
    close();
    setProblem(null);
    if (option.kind === 'person') {
      setText(null);
      if (option.person.id !== value) onChange(option.person.id);
      return;
    }
    createPerson(option.name).then(
      (id) => {
        setText(null);
        onChange(id);
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  };
  const settle = () => {
    close();
    if (text === null) return;
    const match = findPersonByName(people, text);
    if (normalisePersonName(text) === '') {
      setText(null);
      setProblem(null);
      if (value !== null) onChange(null);
    } else if (match) {
      setText(null);
      setProblem(null);
      if (match.id !== value) onChange(match.id);
    } else if (problem === null) setText(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        options.length === 0 ? -1 : (current + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const picked = options[active];
      if (open && picked) return choose(picked);
      const match = findPersonByName(people, shown);
      if (match || typed === '') return settle();
      // A new name is never created by Enter alone: the “Create” option is shown for confirmation.
      setOpen(true);
      setActive(options.length - 1);
    } else if (event.key === 'Escape' && (open || text !== null)) {
      event.stopPropagation();
      close();
      setText(null);
      setProblem(null);
    }
  };
  const describedBy = [props['aria-describedby'], problem ? problemId : ''].filter(Boolean).join(' ');
  const activeOption = options[active];
  return (
    <div className={`person-picker${className ? ` ${className}` : ''}`}>
      <input
        id={inputId}
        role="combobox"
        aria-label={props.id ? undefined : label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeOption ? `${listId}-${active}` : undefined}
        aria-invalid={props['aria-invalid'] || problem !== null ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete="off"
        tabIndex={props.tabIndex}
        placeholder="Nobody yet"
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={settle}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`People for ${label}`}
        className="person-picker__list"
        hidden={!open || options.length === 0}
      >
        {options.map((option, index) => (
          <li
            key={option.kind === 'person' ? option.person.id : 'create'}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={option.kind === 'create' ? 'person-picker__create' : undefined}
            // Chosen on mousedown so the input's blur does not close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.kind === 'person'
              ? option.person.team
                ? `${option.person.name} · ${option.person.team}`
                : option.person.name
              : `Create “${option.name}”?`}
          </li>
        ))}
      </ul>
      {problem ? (
        <span id={problemId} className="field__error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
