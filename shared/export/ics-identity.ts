/**
 * Tierline's identity on every exported calendar component, so its own export can be read back as it
 * was (issue 11). The scheme, for other tools and for later versions of Tierline:
 *
 * - `UID:<record id>@tierline`: stable across exports (see icsUid).
 * - `X-TIERLINE-KIND:announcement | window | item`: what the component was planned as.
 * - `X-TIERLINE-TIER:<tier key>` and `X-TIERLINE-TEMPLATE-SET:<template set id>`: an announcement's tier,
 *   and for a checklist item the tier of its announcement.
 * - `RELATED-TO:<parent UID>` (RFC 5545 §3.8.4.5, understood by other apps) and `X-TIERLINE-PARENT:<parent
 *   UID>` on checklist items.
 * - `X-TIERLINE-RECORD:<the record as JSON, keys sorted, TEXT-escaped>`: every planned field, since a
 *   calendar event has room for only some of them. An import checks it with the backup schemas before
 *   it trusts a byte of it, and ignores it for files that are not Tierline's.
 *
 * Other calendar apps ignore X- properties (RFC 5545 §3.8.8.2).
 */
export type TierlineKind = 'announcement' | 'window' | 'item';

export type TierlineIdentity = {
  kind: TierlineKind;
  record: object;
  tierKey?: string;
  templateSetId?: string;
  parentUid?: string;
};

/** The X- property names of the scheme above. */
export const X_KIND = 'X-TIERLINE-KIND';
export const X_TIER = 'X-TIERLINE-TIER';
export const X_TEMPLATE_SET = 'X-TIERLINE-TEMPLATE-SET';
export const X_PARENT = 'X-TIERLINE-PARENT';
export const X_RECORD = 'X-TIERLINE-RECORD';

/**
 * JSON with every object's keys sorted, so the same record always gives the same text, whatever order
 * its fields were written or validated in (an export must differ from the next only in DTSTAMP).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/**
 * A title as one SUMMARY line: line breaks and tabs become single spaces, since calcurse rejects an
 * event whose summary has a line break (and other apps show it cut off).
 */
export function oneLineSummary(title: string): string {
  return title.replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ');
}
