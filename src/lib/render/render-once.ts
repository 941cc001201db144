/**
 * HTML that `RenderOnce.astro` has rendered in this build, by key. It lives as long as the build's
 * process: one build renders one state of the content.
 */
export const renderedOnce = new Map<string, string>();
