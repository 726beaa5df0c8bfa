import { usePeople } from '../db/usePeople';

/** A person's current name (so a rename shows everywhere at once), or “nobody yet”. */
export function PersonName({ id }: { id: string | null }) {
  const people = usePeople();
  const name = id === null ? '' : (people.find((person) => person.id === id)?.name ?? '');
  return name ? <>{name}</> : <span className="muted">nobody yet</span>;
}
