// Reading the parsed YAML before validation, where any value may have any shape.

export type PlainMapping = Record<string, unknown>;

/** A plain object, as YAML mappings read; not a list, nor a `!!binary` or `!!set` value. */
export function isMapping(value: unknown): value is PlainMapping {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The mappings of a list, with their indexes; anything else in the list is skipped. */
export function mappingsOf(value: unknown): [number, PlainMapping][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (isMapping(item) ? [[index, item]] : []));
}

export function has(mapping: PlainMapping, key: string): boolean {
  return Object.hasOwn(mapping, key);
}
