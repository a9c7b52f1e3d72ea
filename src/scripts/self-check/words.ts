/** Filling `{{name}}` placeholders. With a function, so a `$&` or `$1` in a value is shown as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Words = (key: string) => string;
