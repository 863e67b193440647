import type { Unit } from '../../../../contracts/identity.js';

export interface UnitNode extends Unit {
  children: UnitNode[];
}

/** Nests the institution's flat unit list by `parentId`, each level sorted by name. */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit): [string, UnitNode] => [unit.id, { ...unit, children: [] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (level: UnitNode[]) => {
    level.sort((a, b) => a.name.localeCompare(b.name));
    for (const node of level) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The tree in reading order, each unit with its depth: for choosing a unit in a list. */
export function flattenUnitTree(roots: readonly UnitNode[], depth = 0): { unit: UnitNode; depth: number }[] {
  return roots.flatMap((unit) => [{ unit, depth }, ...flattenUnitTree(unit.children, depth + 1)]);
}

/** Options for a unit select, indented to show the tree. */
export const unitOptions = (units: readonly Unit[]) =>
  flattenUnitTree(unitTree(units)).map(({ unit, depth }) => ({
    value: unit.id,
    label: `${'\u2003'.repeat(depth)}${unit.name}`,
  }));
