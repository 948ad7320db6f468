import { Client } from '@temporalio/client';
import { DEFAULT_FAMILY_POLICY } from '@venskab/domain/family';
import type { FamilyCommand } from '@venskab/domain/family';
import type { Actor } from '@venskab/domain/shared/actor';
import { familyCommandUpdate, familyWorkflowId } from '@venskab/contracts';

const COORDINATOR: Actor = { userId: 'coordinator-scripts', role: 'coordinator' };

/**
 * Starts the family workflow for `familyId` and takes it through recruitment to approval (one
 * place, two adults with child certificates), so a script's journeys can be proposed to it: the
 * journey's ProposeMatch reserves a place in an existing, approved family and is refused otherwise.
 */
export async function startApprovedFamily(client: Client, taskQueue: string, familyId: string): Promise<void> {
  const handle = await client.workflow.start('familyWorkflow', {
    workflowId: familyWorkflowId(familyId),
    taskQueue,
    args: [
      {
        familyId,
        policy: DEFAULT_FAMILY_POLICY,
        application: {
          type: 'ApplyAsFamily',
          actor: { userId: `${familyId}-adult`, role: 'volunteer_family' },
          contact: { displayName: `Familie ${familyId}`, email: `${familyId}@example.org`, phone: null },
        },
      },
    ],
  });
  const steps: FamilyCommand[] = [
    {
      type: 'RecordHomeVisit',
      actor: COORDINATOR,
      motivation: 'We have room for one more at our table.',
      expectations: 'A steady weekly afternoon.',
      adults: [
        { adultId: 'a1', name: 'Anna' },
        { adultId: 'a2', name: 'Bo' },
      ],
      ownChildren: [{ age: 8 }],
      pets: [],
      homeDistrict: 'Valby',
      home: { lat: 55.6611, lon: 12.5161 },
      weekdaysAvailable: ['wednesday'],
      capacity: 1,
      needsAbleToMeet: [],
      interests: ['football', 'baking'],
    },
    { type: 'RecordChildCertificate', actor: COORDINATOR, adultId: 'a1', issuedOn: '2025-01-02T00:00:00.000Z' },
    { type: 'RecordChildCertificate', actor: COORDINATOR, adultId: 'a2', issuedOn: '2025-01-02T00:00:00.000Z' },
    { type: 'CompleteTraining', actor: COORDINATOR },
    { type: 'Approve', actor: COORDINATOR },
  ];
  for (const command of steps) await handle.executeUpdate(familyCommandUpdate, { args: [command] });
}
