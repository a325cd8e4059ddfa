import type { Platform } from '../engine/types';

/** The sites Postcheck checks drafts on, as settings, policies and messages name them. */
export const SITE_IDS = ['x', 'facebook', 'linkedin', 'instagram'] as const satisfies readonly Platform[];
export type SiteId = (typeof SITE_IDS)[number];
export const SITE_NAMES: Record<SiteId, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn', instagram: 'Instagram' };
