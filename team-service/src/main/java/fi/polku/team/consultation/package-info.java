/**
 * Consultations about a pathway — a professional or the client's team asks the work-ability coordinator, the
 * competence centre or another expert, and the answer is recorded — and referrals of hard cases to the competence
 * centre. Questions and answers stay here; the bus carries who was asked, about what, and when.
 */
package fi.polku.team.consultation;
