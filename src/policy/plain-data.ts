// Reading the parsed YAML before validation, where any value may have any shape.

export type PlainMapping = Record<string, unknown>;

export function isMapping(value: unknown): value is PlainMapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mappings of a list, with their indexes; anything else in the list is skipped. */
export function mappingsOf(value: unknown): [number, PlainMapping][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (isMapping(item) ? [[index, item]] : []));
}

export function has(mapping: PlainMapping, key: string): boolean {
  return Object.hasOwn(mapping, key);
}
