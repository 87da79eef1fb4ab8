/** The bookshelves' choice lists as pages show them (the same keys as core/library/library.rules.ts). */
export const AGE_GROUPS = ['children', 'teen', 'adult', 'all'] as const;
export const SUBJECT_KEYS = ['children', 'literature', 'farming', 'health', 'law', 'science', 'history', 'skills', 'reference', 'other'] as const;
export const SETTABLE_STATES = ['available', 'lost', 'damaged', 'withdrawn'] as const;
