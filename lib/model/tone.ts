/** Reminder tones, in escalation order. */
export const TONES = ['friendly', 'firm', 'final_notice', 'formal_demand'] as const;
export type Tone = (typeof TONES)[number];
