/**
 * ProposeMatch first holds one of the family's places; the family may refuse. The update id is new
 * for each proposal (a declined family may be proposed again, and Temporal answers a repeated update
 * id with the first outcome) and fixed for the activity's retries, so a retry never takes a second place.
 */
export interface FamilyPlaceRequest {
  familyId: string;
  journeyId: string;
  updateId: string;
}
