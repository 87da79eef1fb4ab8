/**
 * Campaigns: a campaign belongs to the city (a province-level unit) or a commune; `campaigns.manage`
 * over that unit opens it, writes its directives, follows who has reported and sends reminders
 * (commune officers for their commune; education officers for the city and what lies under it).
 * An assignment — one directive for one holder — sits in its commune and, when an organisation
 * holds it, with that organisation: `campaigns.report` reaches it through a unit grant over the
 * commune or an organisation grant on the holder. Out of scope reads as not found.
 */
import type { Target } from '../../platform/access';

export const campaignTarget = (c: { unit_id: string }): Target => ({ unitId: c.unit_id });
export const assignmentTarget = (a: { unit_id: string; org_id: string | null }): Target => ({ unitId: a.unit_id, orgId: a.org_id });

/**
 * The kinds of actors a directive is for (DOMAIN.md §1), and the kinds of organisations in the
 * directory that hold each; the others (the Front and mass organisations, the villages, the
 * education office) are held by the commune itself.
 */
export const ACTOR_KINDS = ['front_mass_orgs', 'agencies', 'schools', 'education_office', 'association', 'learning_centres', 'villages', 'pupils'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const HOLDERS: Record<ActorKind, readonly string[]> = {
	front_mass_orgs: [],
	agencies: ['agency', 'enterprise'],
	schools: ['school'],
	education_office: [],
	association: ['association_branch'],
	learning_centres: ['learning_centre'],
	villages: [],
	pupils: ['school']
};
