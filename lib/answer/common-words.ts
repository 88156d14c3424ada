/**
 * Words so common in questions about legs, or in the way people ask, that they carry no topic of
 * their own: body words every question uses, who is asking about whom, everyday verbs and chat.
 * They never make a question's subject, and spelling correction leaves them alone.
 */
export const GENERIC_WORDS: readonly string[] = [
  'leg', 'legs', 'feel', 'feeling', 'body', 'muscle', 'muscles', 'normal', 'possible', 'true', 'doctor', 'doctors',
  'use', 'people', 'person', 'happen', 'specifically', 'exactly', 'day', 'days', 'evening', 'morning', 'today', 'week',
  'lately', 'recently', 'time', 'times', 'usually', 'tend', 'tends', 'enough', 'low', 'high', 'especially',
  'particular', 'affected', 'affect', 'explain', 'describe', 'mean', 'means', 'common', 'commonly', 'often', 'one',
  'else', 'article', 'articles', 'text', 'passage', 'question', 'answer', 'say', 'says', 'lot', 'thing',
  // Who is asking about whom: never the subject of a health question.
  'i', 'me', 'my', 'myself', 'gran', 'granny', 'nan', 'nana', 'grandma', 'grandpa', 'grandad', 'granddad', 'grandmother',
  'grandfather', 'mum', 'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'wife', 'husband', 'partner', 'son',
  'daughter', 'friend', 'sister', 'brother', 'family', 'someone', 'somebody', 'guy', 'bloke', 'mate', 'boss', 'colleague',
  'gp', 'honestly', 'really', 'just', 'bit', 'quite',
  // Everyday verbs and chat that carry no topic of their own.
  'give', 'gives', 'giving', 'gave', 'given', 'get', 'gets', 'got', 'make', 'makes', 'made', 'take', 'takes', 'keep', 'keeps', 'go', 'goes', 'gone',
  'went', 'come', 'comes', 'put', 'want', 'try', 'start', 'started', 'find', 'know', 'think', 'tell', 'sort', 'pick',
  'actually', 'basically', 'literally', 'anyway', 'always', 'loads', 'lots', 'stuff', 'plain', 'english', 'somehow',
  'weird', 'horrible', 'nasty', 'mad', 'crazy', 'ok', 'okay', 'muddle', 'moan', 'moaning', 'kind', 'sure', 'way',
  'since', 'run', 'short', 'involved', 'better', 'quicker', 'faster', 'quick', 'fast', 'double',
];
