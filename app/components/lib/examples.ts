// The example questions live in lib/ so the server knows which questions its own UI offers.
export { pickExampleQuestions, summarizeArticles, type ArticleSummary } from '@/lib/corpus/examples';
