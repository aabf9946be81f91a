/** One entry of a catalogue: a sentence, or one sentence per plural category (picked by `count`). */
export type Plural = { readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;
export type Message = string | Plural;
