import type { SequencedJourneyEvent } from '@venskab/audit/journey-history-contents';
import type { ReadableNames } from '@venskab/audit/journey-timeline';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { PersonRow } from '@venskab/read-model/entities/person-row.entity';
import { DataSource, In } from 'typeorm';

/**
 * The names behind the ids a journey's events record: people from the people register, families
 * from the families read model. An id nobody registered stays unnamed (the reader sees the role).
 */
export async function readableNamesOf(dataSource: DataSource, events: SequencedJourneyEvent[]): Promise<ReadableNames> {
  const userIds = new Set<string>();
  const familyIds = new Set<string>();
  for (const { event } of events) {
    if (event.actor.role !== 'system') userIds.add(event.actor.userId);
    if ('familyId' in event) familyIds.add(event.familyId);
  }
  const [people, families] = await Promise.all([
    userIds.size ? dataSource.getRepository(PersonRow).find({ select: { personId: true, displayName: true }, where: { personId: In([...userIds]) } }) : [],
    familyIds.size ? dataSource.getRepository(FamilyRow).find({ select: { familyId: true, displayName: true }, where: { familyId: In([...familyIds]) } }) : [],
  ]);
  const personNames = new Map(people.map((person) => [person.personId, person.displayName]));
  const familyNames = new Map(families.map((family) => [family.familyId, family.displayName]));
  return { personName: (userId) => personNames.get(userId), familyName: (familyId) => familyNames.get(familyId) };
}
