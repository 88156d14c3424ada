/**
 * Words so common in questions about legs, or in the way people ask, that they carry no topic of
 * their own: body words every question uses, who is asking about whom, and everyday verbs. They
 * never make a question's subject, and spelling correction leaves them alone. Slang and chat words
 * once copied here from gold questions were removed; what stays is closed classes (kinship,
 * pronouns, light verbs, discourse adverbs) and the domain's own ubiquitous words.
 */
export const GENERIC_WORDS: readonly string[] = [
  'leg', 'legs', 'feel', 'feeling', 'body', 'muscle', 'muscles', 'normal', 'possible', 'true', 'doctor', 'doctors',
  'use', 'people', 'person', 'happen', 'day', 'days', 'evening', 'morning', 'today', 'week',
  'time', 'times', 'usually', 'tend', 'tends', 'enough', 'low', 'high',
  'particular', 'affected', 'affect', 'describe', 'mean', 'means', 'common', 'commonly', 'often', 'one',
  'else', 'article', 'articles', 'text', 'passage', 'question', 'answer', 'say', 'says', 'thing',
  // Who is asking about whom: never the subject of a health question.
  'i', 'me', 'my', 'myself', 'gran', 'granny', 'nan', 'nana', 'grandma', 'grandpa', 'grandad', 'granddad', 'grandmother',
  'grandfather', 'mum', 'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'wife', 'husband', 'partner', 'son',
  'daughter', 'friend', 'sister', 'brother', 'family', 'someone', 'somebody', 'boss', 'colleague',
  // Light verbs that carry no topic of their own.
  'give', 'gives', 'giving', 'gave', 'given', 'get', 'gets', 'got', 'make', 'makes', 'made', 'take', 'takes', 'keep', 'keeps', 'go', 'goes', 'gone',
  'went', 'come', 'comes', 'put', 'want', 'try', 'start', 'started', 'find', 'know', 'think', 'tell', 'explain',
  // Discourse and degree adverbs.
  'specifically', 'exactly', 'especially', 'lately', 'recently', 'really', 'just', 'quite', 'actually', 'basically',
  'literally', 'always', 'honestly', 'anyway',
];
