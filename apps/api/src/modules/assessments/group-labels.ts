import type { Assessment } from './assessment.entity';

/**
 * A round's assessments by the group their secondment names (a project group for the
 * comparative recommendation, a task group for the mutual evaluation), groups in label
 * order; and those whose secondment names none.
 */
export function byGroupLabel(assessments: readonly Assessment[]): { groups: [label: string, members: Assessment[]][]; ungrouped: Assessment[] } {
  const groups = new Map<string, Assessment[]>();
  const ungrouped: Assessment[] = [];
  for (const a of assessments) {
    const label = a.secondment?.groupLabel;
    if (label) groups.set(label, [...(groups.get(label) ?? []), a]);
    else ungrouped.push(a);
  }
  return { groups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), ungrouped };
}
