// The pages built from data rather than written as MDX (src/pages/*.astro). Their titles and
// descriptions live here so the pages and their link-preview cards share one source.
export const extraPages = {
  all: {
    title: '전체 노트',
    description: '14개 도메인의 스터디 노트 전체를 강의 순서대로 한 페이지에 모았습니다. 오프라인으로 읽거나 Ctrl-F로 찾거나 인쇄할 때 쓰세요.',
  },
  'open-questions': {
    title: '확인 필요 모아보기',
    description: '스터디 노트에서 "확인 필요"로 남겨 둔 질문과, 공식 문서를 근거로 덧붙인 답변을 한곳에 모았습니다.',
  },
  glossary: {
    title: '용어집',
    description: '노트에 나오는 AWS 용어와 약어를 가나다·ABC 순으로 모았습니다. 뜻과 풀이, 노트에서 설명한 섹션, 공식 문서 링크를 함께 봅니다.',
  },
  exam: {
    title: '모의고사',
    description: '도메인과 문항 수(10·20·65)를 골라 무작위로 뽑은 문제를 풀고, 제한 시간을 켜 실제 시험처럼 연습하세요. 결과와 해설, 노트 링크를 바로 봅니다.',
  },
  review: {
    title: '오답노트',
    description: '셀프 체크와 모의고사에서 틀린 문제가 날짜와 함께 모입니다. 서로 다른 두 날에 맞히면 목록에서 빠지는 간단한 간격 복습입니다.',
  },
  progress: {
    title: '내 진도',
    description: '도메인별로 다 읽은 페이지와 맞힌 문제 수, 오답노트를 한눈에 봅니다. 기록을 글로 내보내 다른 기기로 옮기거나 초기화할 수 있습니다.',
  },
  '404': {
    title: '페이지를 찾을 수 없습니다',
    description: '요청한 주소의 페이지가 없습니다. 검색이나 도메인 목록에서 원하는 노트를 찾아 보세요.',
  },
} as const;
