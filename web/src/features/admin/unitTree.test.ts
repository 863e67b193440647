import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../contracts/identity.js';
import { flattenUnitTree, unitOptions, unitTree } from './unitTree';

const unit = (id: string, name: string, parentId: string | null = null): Unit => ({
  id,
  name,
  parentId,
  kind: parentId ? 'department' : 'division',
});

const units = [
  unit('c', 'Cardiologie', 'h'),
  unit('h', 'Divisie Hart en Longen'),
  unit('a', 'Divisie Beeld'),
  unit('l', 'Longziekten', 'h'),
];

describe('unit tree', () => {
  it('nests units under their parent, each level sorted by name', () => {
    const roots = unitTree(units);
    expect(roots.map((node) => node.name)).toEqual(['Divisie Beeld', 'Divisie Hart en Longen']);
    expect(roots[1]?.children.map((node) => node.name)).toEqual(['Cardiologie', 'Longziekten']);
  });

  it('lists the tree in reading order with depths', () => {
    expect(flattenUnitTree(unitTree(units)).map(({ unit, depth }) => [unit.id, depth])).toEqual([
      ['a', 0],
      ['h', 0],
      ['c', 1],
      ['l', 1],
    ]);
  });

  it('indents select options by depth', () => {
    expect(unitOptions(units)[2]).toEqual({ value: 'c', label: '\u2003Cardiologie' });
  });

  it('keeps a unit whose parent is not in the list at the top level', () => {
    expect(unitTree([unit('x', 'Los', 'missing')]).map((node) => node.id)).toEqual(['x']);
  });
});
