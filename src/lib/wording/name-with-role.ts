/** "Will Cathcart, head of WhatsApp": a speaker named with the role the words were given in, when known. */
export function nameWithRole(name: string, role: string | undefined): string {
  return role ? `${name}, ${role}` : name;
}
