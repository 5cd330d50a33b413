// Provided by src/plugins/vite-pagefind-config.ts from the glossary.
declare module 'virtual:aws-study-notes/search-spellings' {
  const spellings: string[];
  export default spellings;
}
