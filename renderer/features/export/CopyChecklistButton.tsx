import { compareItems } from '../../../shared/export/context';
import { checklistMarkdown, type ChecklistParent } from '../../../shared/export/markdown-checklist';
import type { ChecklistItem, Settings, TemplateSet } from '../../../shared/types';
import { peopleById } from '../../../shared/people/names';
import { usePeople } from '../../db/usePeople';
import { copyText } from '../../platform/platform';
import { useUiStore } from '../../stores/ui-store';

type Props = {
  parent: ChecklistParent;
  items: ChecklistItem[];
  templateSets: TemplateSet[];
  settings: Settings;
};

/** Copies one announcement's or window's checklist as GitHub Markdown, ready to paste into an issue. */
export function CopyChecklistButton({ parent, items, templateSets, settings }: Props) {
  const people = usePeople();
  const copy = () => {
    const text = checklistMarkdown(parent, [...items].sort(compareItems), {
      templateSets,
      settings,
      names: peopleById(people),
    });
    void copyText(text).then((copied) =>
      useUiStore
        .getState()
        .showToast(
          copied
            ? 'Copied checklist as Markdown'
            : 'This browser did not allow copying. Use Export → Checklists (Markdown) instead.',
        ),
    );
  };
  return (
    <button type="button" onClick={copy}>
      Copy as Markdown
    </button>
  );
}
