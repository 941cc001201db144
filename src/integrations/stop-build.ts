/**
 * Ends a build with a message for the curator and no stack trace: Astro prints one after any
 * error an integration throws, which buries the message and suggests a fault in the code.
 */
export function stopBuild(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}
