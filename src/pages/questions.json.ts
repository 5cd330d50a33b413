// The question bank for the exam and 오답노트 scripts, fetched once per visit.
import { questionBank } from '../data/question-bank';

export async function GET() {
  return new Response(JSON.stringify(await questionBank()), { headers: { 'Content-Type': 'application/json' } });
}
