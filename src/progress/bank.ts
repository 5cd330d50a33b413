// The question bank as the exam and 오답노트 pages use it: every self-check question in course
// order, with the address of the section that teaches it (or the page's self-check section).
export interface BankQuestion {
  /** `page/id`, the key of the reader's record. */
  key: string;
  question: string;
  choices: string[];
  /** 1-based. */
  answer: number;
  explanation: string;
  href: string;
  /** Official AWS documentation page the question was checked against. */
  source: string;
}

export interface BankPage {
  slug: string;
  title: string;
  questions: BankQuestion[];
}
