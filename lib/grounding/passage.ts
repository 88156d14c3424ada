/** What grounding reads of a retrieved passage: its title, headings and text (no citation number). */
export type GroundingPassage = { title: string; headings: readonly string[]; text: string };
