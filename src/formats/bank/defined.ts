// Optional fields are left out rather than set to undefined, so entries compare cleanly in tests and print without
// `undefined` noise in JSON.

export function withDefined<T extends object>(target: T, optional: Partial<T>): T {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
