// The parts of Pagefind's JavaScript API (pagefind.js) that the search uses.

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface SubResult {
  title: string;
  url: string;
  locations: number[];
  weighted_locations: WeightedLocation[];
  excerpt: string;
  plain_excerpt: string;
}

export interface Fragment {
  url: string;
  raw_content?: string;
  excerpt: string;
  plain_excerpt: string;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
  locations: number[];
  sub_results: SubResult[];
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<Fragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  [key: string]: unknown;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, unknown>>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
}
