/** The 1-based number of the first line of a text that contains a needle (0 when none does): where an error message should point. */
export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
