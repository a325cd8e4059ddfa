import type { Category } from '../engine/types';

/** What each category is called on screen, in the words staff use. */
export const CATEGORY_NAMES: Record<Category, string> = {
  'patient-identifier': 'Patient details',
  'patient-initials': 'Patient initials',
  grievance: 'Complaints about work',
  'missing-disclaimer': 'Missing “views my own”',
  political: 'Politics',
  abuse: 'Abuse or insults',
  confidential: 'Confidential information',
  whistleblowing: 'Raising concerns',
  'personal-safety': 'Your safety',
  'patient-contact': 'Contact with patients',
  'photo-consent': 'Photos and consent',
};
