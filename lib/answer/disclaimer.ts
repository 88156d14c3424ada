/** The one fixed disclaimer; the server appends it to every answer, no model ever writes it. */
export const DISCLAIMER =
  'This information comes from general articles and is not medical advice. It cannot diagnose you or replace a doctor; please talk to a healthcare professional about your symptoms, tests or any supplement before you start it.';
