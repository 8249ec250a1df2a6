import { describe, expect, it } from 'vitest';
import { registry } from '../src/registry';
import * as entry from '../src/server/index';

describe('registry', () => {
  it('names exactly what the server entry exports', () => {
    expect(Object.keys(entry).sort()).toEqual(registry.map((e) => e.name).sort());
  });

  it('has unique, public names (no trailing underscore) and documented parameters', () => {
    const names = registry.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of registry) {
      expect(e.name).toMatch(/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/);
      expect(e.description.length).toBeGreaterThan(10);
      for (const p of e.params) expect(p.description.length).toBeGreaterThan(3);
    }
  });
});
