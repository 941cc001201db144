/** Written by src/integrations/citation-downloads.ts for the page code of a build. */
declare module 'virtual:on-the-record/build-output' {
  /** The build's output folder, where citation downloads go; undefined under `astro dev`. */
  export const downloadsDir: string | undefined;
}
