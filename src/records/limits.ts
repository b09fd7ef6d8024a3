// The ranges of the data format's numbers, apart from the schemas (text.ts) so that the command
// line can check a flag's value against them without loading zod.

/** Numbers: every one finite and in a range a real record stays in. */
export const NUMBER_LIMITS = {
  /** Days between visits, and before a follow-up. */
  days: { min: 1, max: 365 },
  attendees: { min: 0, max: 100_000 },
  /** A drop-in fee, in the folder's currency. */
  cost: { min: 0, max: 10_000_000 },
  /** A deal's value, in the folder's currency. */
  value: { min: 0, max: 1_000_000_000_000 },
} as const;
