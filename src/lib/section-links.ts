// Where a section's shareable link and a link-preview card live. A section is an h2/h3 of a
// notes page. Notes pages sit one level below the base (src/content/docs/<page>.mdx), so a path
// two levels deep is always a section link: <base><page>/<heading id>/, which takes the reader
// to <base><page>/#<heading id>. Chat apps drop the #fragment when they fetch a link for its
// preview; a path of its own lets a section have its own title, description and card.

/** Heading depths that are sections (in the table of contents, with a link and a card). */
export const SECTION_DEPTHS: readonly number[] = [2, 3];

export function pageHref(base: string, page: string): string {
  return page === 'index' ? base : `${base}${page}/`;
}

export function sectionHref(base: string, page: string, id: string): string {
  return `${base}${page}/${id}/`;
}

/** A card's path; `key` is a page id, or "<page>/<heading id>" for a section. */
export function cardHref(base: string, key: string): string {
  return `${base}og/${key}.png`;
}

/** Whether a page's path below the base (e.g. "network/nat-gateway/") is a section link. */
export function isSectionPath(path: string): boolean {
  return /^[^/]+\/[^/]+\/$/.test(path);
}
