// The course order of the notes, grouped for the sidebar. Page titles and descriptions live in
// each page's frontmatter; this file only says which pages exist, in which order and group.
export interface DomainGroup {
  label: string;
  slugs: string[];
}

export const domainGroups: DomainGroup[] = [
  { label: '계정과 네트워크', slugs: ['iam', 'network'] },
  { label: '컴퓨팅과 데이터', slugs: ['compute', 'storage', 'database'] },
  { label: '운영과 배포', slugs: ['monitoring', 'load-balancing', 'automation'] },
  { label: '애플리케이션', slugs: ['containers', 'serverless'] },
  { label: '연결과 보호', slugs: ['connectivity', 'edge', 'ddos', 'backup'] },
];

export const domainSlugs: string[] = domainGroups.flatMap((group) => group.slugs);
